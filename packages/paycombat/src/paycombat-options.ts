import { assertServerRuntime, ClienteleError, type ClientOptions } from '@clientele/core';
import { resolvePaths, type PaycombatPaths } from './paycombat-paths.js';

/** Paycombat's one API host, for sandbox and production alike (spec §3, U1). */
export const PAYCOMBAT_BASE_URL = 'https://api.paycombat.com';

/** Which Paycombat environment the token belongs to. Informational: the host is the same for both (spec §3). */
export type PaycombatEnvironment = 'sandbox' | 'production';

/** The exact strings a request with nothing to send may carry (spec §4.3, U9). */
export type PaycombatEmptyBody = '{}' | '[]' | '';

/** Options of {@link createPaycombat}. Every core option (`timeout`, `maxRetries`, `logger`, …) applies too. */
export interface PaycombatOptions extends ClientOptions {
  /**
   * The merchant's API token, sent as `X-token` on every request. Sandbox tokens start with `snd_`. Treated as
   * opaque and never logged. A server secret.
   */
  token: string;
  /**
   * The merchant's signature key: the HMAC-SHA256 key of the `signature` header on every POST and PATCH.
   * Never sent, never logged. A server secret.
   */
  signatureKey: string;
  /** The API host. @default 'https://api.paycombat.com' (sandbox and production share it) */
  baseUrl?: string | undefined;
  /**
   * Informational label shown in `toJSON()` and errors. @default `'sandbox'` for a `snd_` token, else `'production'`
   */
  environment?: PaycombatEnvironment | undefined;
  /** Overrides single entries of the endpoint table (several paths are assumptions, see the docs). */
  paths?: Partial<PaycombatPaths> | undefined;
  /**
   * The exact body sent, and signed, by a PATCH that has no fields of its own (Enable, Disable), and by a signed
   * DELETE. `''` sends no body and signs the empty string. @default '{}' (spec U6/U9)
   */
  emptyBody?: PaycombatEmptyBody | undefined;
  /**
   * Whether DELETE carries `emptyBody` and a `signature` over it. Paycombat documents signatures for POST and
   * PATCH only, so by default DELETE is sent without body or signature (spec §4.1, U8). @default false
   */
  signEmptyBody?: boolean | undefined;
  /**
   * Lets the client run in a browser. The signature key signs requests that create and change customers; in a
   * browser anyone can read it. Only for tools you run yourself (an internal admin page on your own machine).
   * @default false
   */
  dangerouslyAllowBrowser?: boolean | undefined;
}

/** Options after validation, with defaults applied. Secrets stay out of this object. */
export interface ResolvedPaycombatSettings {
  baseUrl: string;
  environment: PaycombatEnvironment;
  paths: Readonly<PaycombatPaths>;
  emptyBody: PaycombatEmptyBody;
  signEmptyBody: boolean;
}

const EMPTY_BODIES: readonly string[] = ['{}', '[]', ''];

function configurationError(message: string): ClienteleError {
  return new ClienteleError({ kind: 'configuration', provider: 'paycombat', message });
}

function checkSecret(value: unknown, name: string, where: string): void {
  if (typeof value !== 'string' || value.length === 0) {
    throw configurationError(`\`${name}\` is missing. Pass the ${where} from the Paycombat dashboard (Setting → Integration Details), e.g. from an environment variable.`);
  }
  if (value.trim() !== value) {
    throw configurationError(`\`${name}\` starts or ends with whitespace. Trim the value (a trailing newline from a .env file or a secret store is the usual cause).`);
  }
}

/**
 * Validates the Paycombat-specific options and applies defaults.
 *
 * @throws ClienteleError of kind `'configuration'`, whose message names the option and never contains its value.
 */
export function resolvePaycombatSettings(options: PaycombatOptions): ResolvedPaycombatSettings {
  if (typeof options !== 'object' || options === null) throw configurationError('createPaycombat needs an options object: { token, signatureKey }.');
  checkSecret(options.token, 'token', 'API token (X-token)');
  checkSecret(options.signatureKey, 'signatureKey', 'signature key');
  assertServerRuntime({
    provider: 'paycombat',
    allow: options.dangerouslyAllowBrowser,
    credentials: 'the token and signature key',
    alternative: 'Call Paycombat from your server (or an edge function) instead.',
  });
  const environment = options.environment ?? (options.token.startsWith('snd_') ? 'sandbox' : 'production');
  if (environment !== 'sandbox' && environment !== 'production') throw configurationError("`environment` must be 'sandbox' or 'production'.");
  if (environment === 'production' && options.token.startsWith('snd_')) {
    throw configurationError("`environment` is 'production' but the token is a sandbox token (it starts with snd_). Use the production token, or environment: 'sandbox'.");
  }
  const emptyBody = options.emptyBody ?? '{}';
  if (!EMPTY_BODIES.includes(emptyBody)) throw configurationError("`emptyBody` must be '{}', '[]' or ''.");
  if (options.signEmptyBody !== undefined && typeof options.signEmptyBody !== 'boolean') throw configurationError('`signEmptyBody` must be true or false.');
  return {
    baseUrl: options.baseUrl ?? PAYCOMBAT_BASE_URL,
    environment,
    paths: resolvePaths(options.paths),
    emptyBody,
    signEmptyBody: options.signEmptyBody ?? false,
  };
}
