/**
 * Paybase's hosts per environment (spec §2.1). Kept free of imports so the key-free `/browser` entry can use it
 * without pulling in the server client.
 *
 * - `api`: the JSON API; every path starts with `/v1` (confirmed by two integrations).
 * - `hosted`: Paybase-hosted pages such as the card-capture form. The sandbox origin is confirmed; the production
 *   origin `https://hosted.paybase.io` is assumed (spec U26) and can be overridden with `hostedUrl`.
 */
export const PAYBASE_HOSTS = {
  sandbox: { api: 'https://api-json.sandbox.paybase.io', hosted: 'https://hosted.sandbox.paybase.io' },
  production: { api: 'https://api-json.paybase.io', hosted: 'https://hosted.paybase.io' },
} as const;

/** A Paybase environment: its sandbox, or production. */
export type PaybaseEnvironment = keyof typeof PAYBASE_HOSTS;

/** True when `value` names a Paybase environment. */
export function isPaybaseEnvironment(value: unknown): value is PaybaseEnvironment {
  return value === 'sandbox' || value === 'production';
}
