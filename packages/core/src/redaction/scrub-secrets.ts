import { REDACTED } from './redact.js';

/**
 * Returns a function that replaces every occurrence of the given secrets (API keys, tokens, signature
 * keys) in a text with `[REDACTED]`. Applied to provider messages before they reach an error, as a
 * last line of defence against a provider that echoes credentials. Secrets shorter than 6 characters
 * are ignored (they would match ordinary text).
 */
export function createSecretScrubber(secrets: readonly (string | undefined)[]): (text: string) => string {
  const needles = secrets.filter((secret): secret is string => typeof secret === 'string' && secret.length >= 6);
  if (needles.length === 0) return (text) => text;
  return (text) => {
    let output = text;
    for (const needle of needles) output = output.split(needle).join(REDACTED);
    return output;
  };
}
