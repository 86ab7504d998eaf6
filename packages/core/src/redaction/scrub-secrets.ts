import { REDACTED } from './redact.js';

/**
 * Returns a function that replaces every occurrence of the given secrets (API keys, tokens, signature
 * keys) in a text with `[REDACTED]`. `secrets` may be a function, read on every call, for tokens that rotate. Applied to provider messages before they reach an error, as a
 * last line of defence against a provider that echoes credentials. Secrets shorter than 6 characters
 * are ignored (they would match ordinary text).
 */
export function createSecretScrubber(secrets: SecretSource): (text: string) => string {
  const usable = (list: readonly (string | undefined)[]) => list.filter((secret): secret is string => typeof secret === 'string' && secret.length >= 6);
  const fixed = typeof secrets === 'function' ? undefined : usable(secrets);
  return (text) => {
    let output = text;
    // A function is read on every call, so a token obtained or rotated later is scrubbed too.
    for (const needle of fixed ?? usable(typeof secrets === 'function' ? secrets() : [])) output = output.split(needle).join(REDACTED);
    return output;
  };
}

/** The secrets to scrub: a fixed list, or a function read on every scrub (for tokens that rotate, e.g. OAuth). */
export type SecretSource = readonly (string | undefined)[] | (() => readonly (string | undefined)[]);
