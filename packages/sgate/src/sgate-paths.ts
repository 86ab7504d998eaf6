/**
 * Every SGATE endpoint the SDK calls, relative to the service root `/openApi/v1` (spec §4.0). All are
 * confirmed by SGATE's docs; override one through the `paths` client option if SGATE moves it.
 */
export const SGATE_PATHS = {
  /** `POST` JSON (spec §4.2). */
  createCustomer: '/payee/custom/create',
  /** `GET` with filters (spec §4.3). */
  listCustomers: '/payee/custom/list',
  /** `GET ?customid=` or `?mercustomid=` (spec §4.4). */
  retrieveCustomer: '/payee/custom/detail',
  /** `POST` JSON (spec §4.5). */
  updateCustomer: '/payee/custom/update',
  /** `POST` multipart; the signature's body is `""` (spec §4.6). */
  uploadCustomerFile: '/payee/custom/file',
  /** `POST` JSON (spec §4.7). */
  submitStcOtp: '/payee/custom/submitStcAccountOtp',
  /** `POST` JSON (spec §4.8). */
  resendStcOtp: '/payee/custom/resendStcAccountOtp',
} as const;

/** The name of an endpoint in {@link SGATE_PATHS}. */
export type SgatePathName = keyof typeof SGATE_PATHS;

/** The service root every path is relative to, and the prefix of the signed `url` (spec §1.1, §2.1). */
export const SGATE_SERVICE_ROOT = '/openApi/v1';

/** Hosts per environment (spec §1.1). The sandbox is documented as plain http (spec A1). */
export const SGATE_HOSTS = {
  sandbox: 'http://vbank.test.sgate.sa',
  production: 'https://vbank.sgate.sa',
} as const;

/** `'sandbox'` or `'production'`. */
export type SgateEnvironment = keyof typeof SGATE_HOSTS;

/** The path table with overrides applied; each override must be a path starting with `/`. */
export function resolvePaths(overrides: Partial<Record<SgatePathName, string>> | undefined): Record<SgatePathName, string> {
  const paths: Record<SgatePathName, string> = { ...SGATE_PATHS };
  for (const [name, path] of Object.entries(overrides ?? {})) {
    if (!(name in SGATE_PATHS)) throw new TypeError(`paths.${name} is not an SGATE endpoint. Known: ${Object.keys(SGATE_PATHS).join(', ')}.`);
    if (typeof path !== 'string' || !path.startsWith('/') || path.includes('?')) {
      throw new TypeError(`paths.${name} must be a path starting with "/" and without a query string.`);
    }
    paths[name as SgatePathName] = path;
  }
  return paths;
}
