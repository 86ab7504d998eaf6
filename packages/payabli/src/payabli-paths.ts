import { configurationError } from './payabli-errors.js';

/**
 * Every Payabli endpoint the SDK calls, relative to the base URL (which already ends in `/api`).
 * `{name}` placeholders are filled by core's `fillPath` with percent-encoded values; an empty value or a `.`/`..` segment is refused.
 *
 * All paths below are confirmed in Payabli's OpenAPI spec and the official SDK (spec §4, §2.2); none is
 * assumed. They are PascalCase and case-sensitive exactly as published. Override one through the
 * `paths` client option if Payabli moves it, e.g. `createPayabli({ …, paths: { retrieveCustomer: '/Customer/v2/{customerId}' } })`.
 */
export const PAYABLI_PATHS = {
  /** `POST`: exchange OAuth client credentials for a bearer token (spec §2.2). */
  token: '/v2/Token/serverside',
  /** `POST`: add a customer to a paypoint (spec §4.1). */
  createCustomer: '/Customer/single/{entry}',
  /** `GET`: one customer, as a bare record (spec §4.2). */
  retrieveCustomer: '/Customer/{customerId}',
  /** `PUT`: partial update (spec §4.3). */
  updateCustomer: '/Customer/{customerId}',
  /** `DELETE` (spec §4.4). */
  deleteCustomer: '/Customer/{customerId}',
  /** `GET`: customers of a paypoint, filtered and paged (spec §4.5). */
  listCustomers: '/Query/customers/{entry}',
  /** `GET`: customers of an organization (spec §4.5). */
  listOrganizationCustomers: '/Query/customers/org/{orgId}',
  /** `GET` (sic: it changes state): link a transaction to a customer (spec §4.6). */
  linkTransaction: '/Customer/link/{customerId}/{transId}',
  /** `POST` without a body: e-mail the customer a consent opt-in request (spec §4.7). */
  requestConsent: '/Customer/{customerId}/consent',
} as const;

/** The names of {@link PAYABLI_PATHS}. */
export type PayabliPathName = keyof typeof PAYABLI_PATHS;

/** Path templates by name, as accepted by the `paths` client option. */
export type PayabliPaths = Record<PayabliPathName, string>;

/** The path table with the caller's overrides applied; an unknown name or a relative path is a `configuration` error. */
export function resolvePaths(overrides: Partial<PayabliPaths> | undefined): PayabliPaths {
  const paths: PayabliPaths = { ...PAYABLI_PATHS };
  for (const [name, template] of Object.entries(overrides ?? {})) {
    if (!(name in PAYABLI_PATHS)) {
      throw configurationError(`Unknown path name "${name}" in the \`paths\` option. Known names: ${Object.keys(PAYABLI_PATHS).join(', ')}.`);
    }
    if (typeof template !== 'string' || !template.startsWith('/')) {
      throw configurationError(`\`paths.${name}\` must be a string starting with "/", relative to the base URL (e.g. "${PAYABLI_PATHS[name as PayabliPathName]}").`);
    }
    paths[name as PayabliPathName] = template;
  }
  return paths;
}
