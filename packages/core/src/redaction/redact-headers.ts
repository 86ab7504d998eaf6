import { REDACTED, isSensitiveKey } from './redact.js';

/** Headers that always carry credentials or signatures. */
export const DEFAULT_SENSITIVE_HEADERS: readonly string[] = [
  'authorization', 'proxy-authorization', 'cookie', 'set-cookie', 'x-api-key', 'x-token', 'requesttoken',
  'v-api-key', 'v-signature', 'signature', 'idempotencykey',
];

/** Any header whose name contains one of these carries a credential or a signature. */
const SENSITIVE_HEADER_PARTS = /signature|token|secret|key|auth|cookie|session|password/i;

/**
 * A plain object of the headers with credentials and signatures replaced by `[REDACTED]`: the listed
 * names, `extra`, and any name containing signature/token/secret/key/auth/cookie/session/password.
 */
export function redactHeaders(headers: Headers | Record<string, string>, extra: readonly string[] = []): Record<string, string> {
  const sensitive = new Set([...DEFAULT_SENSITIVE_HEADERS, ...extra].map((name) => name.toLowerCase()));
  const output: Record<string, string> = {};
  const entries = headers instanceof Headers ? [...headers.entries()] : Object.entries(headers);
  for (const [name, value] of entries) {
    output[name.toLowerCase()] = sensitive.has(name.toLowerCase()) || isSensitiveKey(name) || SENSITIVE_HEADER_PARTS.test(name) ? REDACTED : value;
  }
  return output;
}

/**
 * The URL with the values of sensitive-named query parameters redacted, and of any parameter listed in
 * `sensitiveNames` (e.g. the fields a query schema marks with `sensitive`).
 */
export function redactUrl(url: string, sensitiveNames: readonly string[] = []): string {
  const queryStart = url.indexOf('?');
  if (queryStart < 0) return url;
  const query = url
    .slice(queryStart + 1)
    .split('&')
    .map((pair) => {
      const [name = '', value] = pair.split('=');
      const decoded = decodeURIComponent(name);
      return value !== undefined && (isSensitiveKey(decoded) || sensitiveNames.includes(decoded)) ? `${name}=${REDACTED}` : pair;
    })
    .join('&');
  return `${url.slice(0, queryStart)}?${query}`;
}
