import { ClienteleError, ValidationError } from '@clientele/core';

/**
 * Every Paycombat customer endpoint, as a path template relative to `baseUrl`. `{customer_id}` is replaced by
 * the percent-encoded customer id. When a template has no `{customer_id}`, the id travels in the request
 * instead: as `?customer_id=` on a GET, and as `{ "customer_id": "…" }` in the (signed) body of a PATCH or
 * DELETE, the way Update Customer already does it (spec §8.6 "fallback variant").
 */
export interface PaycombatPaths {
  /** POST. Confirmed (spec §8.1). */
  createCustomer: string;
  /** PATCH, `customer_id` in the body. Confirmed (spec §8.2, provider page). */
  updateCustomer: string;
  /** GET, paged with `page` and `limit`. ASSUMED (spec §8.3, U3/U4). */
  listCustomers: string;
  /** GET. Confirmed (spec §8.4). */
  retrieveCustomer: string;
  /** GET. ASSUMED (spec §8.5, U5); the response shape is confirmed [C-int]. */
  walletReadiness: string;
  /** PATCH. ASSUMED (spec §8.6, U6). */
  enableCustomer: string;
  /** PATCH. ASSUMED (spec §8.7, U6). */
  disableCustomer: string;
  /** DELETE. The internal route is confirmed, the `/api/v1` prefix is inferred (spec §8.8, U7). */
  deleteCustomer: string;
}

/** Which paths come from Paycombat's docs and which are the spec's assumptions, for docs and diagnostics. */
export const PAYCOMBAT_PATH_CONFIDENCE: Readonly<Record<keyof PaycombatPaths, 'confirmed' | 'assumed'>> = Object.freeze({
  createCustomer: 'confirmed',
  updateCustomer: 'confirmed',
  listCustomers: 'assumed',
  retrieveCustomer: 'confirmed',
  walletReadiness: 'assumed',
  enableCustomer: 'assumed',
  disableCustomer: 'assumed',
  deleteCustomer: 'assumed',
});

/** The default path table. Override single entries with the `paths` client option. */
export const PAYCOMBAT_PATHS: Readonly<PaycombatPaths> = Object.freeze({
  createCustomer: '/api/v1/customer/create',
  updateCustomer: '/api/v1/customer/update',
  // spec §8.3 U3: alternatives to try are /customer/customers, /customer/all, /customer/get-all, /customer.
  listCustomers: '/api/v1/customer/customer',
  retrieveCustomer: '/api/v1/customer/customer/{customer_id}',
  // spec §8.5 U5: alternative /api/v1/customer/is-wallet-ready/{customer_id}.
  walletReadiness: '/api/v1/customer/customer/{customer_id}/is-wallet-ready',
  // spec §8.6 U6: fallback variant /api/v1/customer/enable with { customer_id } in the body.
  enableCustomer: '/api/v1/customer/customer/{customer_id}/enable',
  disableCustomer: '/api/v1/customer/customer/{customer_id}/disable',
  deleteCustomer: '/api/v1/customer/customer/{customer_id}',
});

const PLACEHOLDER = '{customer_id}';

/**
 * The default table with `overrides` applied.
 *
 * @throws ClienteleError of kind `'configuration'` for an unknown key or a path that is not a non-empty string.
 */
export function resolvePaths(overrides: Partial<PaycombatPaths> | undefined): Readonly<PaycombatPaths> {
  if (overrides === undefined) return PAYCOMBAT_PATHS;
  const resolved: PaycombatPaths = { ...PAYCOMBAT_PATHS };
  for (const [key, value] of Object.entries(overrides)) {
    if (!Object.hasOwn(PAYCOMBAT_PATHS, key)) {
      throw new ClienteleError({ kind: 'configuration', provider: 'paycombat', message: `\`paths.${key}\` is not a Paycombat endpoint. Known endpoints: ${Object.keys(PAYCOMBAT_PATHS).join(', ')}.` });
    }
    if (value === undefined) continue;
    if (typeof value !== 'string' || value.trim() === '' || /[?#]/.test(value)) {
      throw new ClienteleError({ kind: 'configuration', provider: 'paycombat', message: `\`paths.${key}\` must be a non-empty path such as /api/v1/customer/create, without a query string.` });
    }
    resolved[key as keyof PaycombatPaths] = value;
  }
  return Object.freeze(resolved);
}

/** Whether a path template carries the customer id itself (otherwise the id goes in the query or the body). */
export function hasCustomerIdPlaceholder(template: string): boolean {
  return template.includes(PLACEHOLDER);
}

/**
 * Refuses, before anything is sent, an id that is not a string, is blank, or is `.` or `..`, so an id can never
 * change which endpoint is called (core's `fillPath` then percent-encodes it into the path).
 *
 * @throws ValidationError when `customerId` is not a usable id.
 */
export function assertCustomerId(customerId: unknown, operation: string): asserts customerId is string {
  if (typeof customerId !== 'string' || customerId.trim() === '' || customerId === '.' || customerId === '..') {
    throw new ValidationError({
      provider: 'paycombat',
      operation,
      issues: [{ path: 'customer_id', message: 'must be the customer id Paycombat returned, e.g. customer_67d84b19d50b490a8fa75ab20bbf275a' }],
    });
  }
}
