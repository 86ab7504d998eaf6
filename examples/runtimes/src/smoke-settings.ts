/**
 * What a smoke script receives: where the (fake) provider lives and the test credentials to use.
 * Passed as JSON, so it crosses into workerd, Bun and Deno unchanged.
 */
export interface SmokeSettings {
  /** The provider's API root as the client should call it (`baseUrl` client option). */
  baseUrl: string;
  /** Test-only credentials (mock keys), by option name. */
  credentials: Record<string, string>;
}

/** What a smoke script reports back: which runtime ran it and a few facts about the call it made. */
export interface SmokeResult {
  /** `navigator.userAgent` of the runtime (`Cloudflare-Workers`, `Bun/…`, `Deno/…`). */
  runtime: string;
  /** Facts about the one call the script made, checked by the test. */
  summary: Record<string, unknown>;
}

/** The shape every file in `smoke/` default-exports. */
export type SmokeScript = (settings: SmokeSettings) => Promise<SmokeResult>;
