import { ClienteleError, fillPath as fillCorePath, type HttpMethod } from '@clientele/core';

/**
 * How sure the SDK is of an endpoint (spec §0):
 * - `confirmed`: seen in code that ran against Paybase (spec [C] / [C-weak]);
 * - `provider-page`: on Paybase's published reference page (spec [S]);
 * - `inferred`: reasoned from confirmed patterns (spec [I]);
 * - `assumed`: the most reasonable guess (spec [A]); override it with the `paths` client option if Paybase differs.
 */
export type PaybaseEvidence = 'confirmed' | 'provider-page' | 'inferred' | 'assumed';

/** One endpoint of the Paybase API as the SDK calls it. */
export interface PaybaseEndpoint {
  method: HttpMethod;
  /**
   * Path template. Placeholders: `{id}` is the customer's bare uuid, `{fullId}` the prefixed `customer/<uuid>`,
   * `{personId}` the business person's bare uuid. Values are percent-encoded.
   */
  path: string;
  evidence: PaybaseEvidence;
  /** Spec section the endpoint comes from. */
  spec: string;
  /** True when repeating the request has no additional effect, so it may be retried after a 5xx or a dropped connection. */
  idempotent: boolean;
}

const endpoint = (method: HttpMethod, path: string, evidence: PaybaseEvidence, spec: string, idempotent = method !== 'POST'): PaybaseEndpoint => ({ method, path, evidence, spec, idempotent });

/**
 * Every endpoint the SDK calls, in one table (spec §4.13). Unconfirmed entries are marked; fix one for your account
 * with the `paths` client option rather than by editing code:
 *
 * ```ts
 * createPaybase({ apiKey, environment: 'sandbox', paths: { 'customers.touch': { method: 'PATCH', path: '/v1/customer/{id}/touch' } } });
 * ```
 */
export const PAYBASE_ENDPOINTS = /* @__PURE__ */ (() => Object.freeze({
  'customers.individual.create': endpoint('POST', '/v1/customers/individual', 'confirmed', '§4.2'),
  'customers.individual.retrieve': endpoint('GET', '/v1/customer/individual/{id}', 'assumed', '§4.2, U2'),
  'customers.individual.update': endpoint('PATCH', '/v1/customer/individual/{id}', 'provider-page', '§4.2'),
  'customers.soleTrader.create': endpoint('POST', '/v1/customers/sole-trader', 'confirmed', '§4.3 (C-weak)'),
  'customers.soleTrader.retrieve': endpoint('GET', '/v1/customer/sole-trader/{id}', 'assumed', '§4.3, U2'),
  'customers.soleTrader.update': endpoint('PATCH', '/v1/customer/sole-trader/{id}', 'assumed', '§4.3'),
  'customers.organisation.create': endpoint('POST', '/v1/customers/organisation', 'assumed', '§4.4, U3'),
  'customers.organisation.retrieve': endpoint('GET', '/v1/customer/organisation/{id}', 'assumed', '§4.4, U3'),
  'customers.organisation.update': endpoint('PATCH', '/v1/customer/organisation/{id}', 'assumed', '§4.4, U3'),
  'customers.incorporatedBusiness.create': endpoint('POST', '/v1/customers/incorporated-business', 'confirmed', '§4.5'),
  'customers.incorporatedBusiness.retrieve': endpoint('GET', '/v1/customer/incorporated-business/{id}', 'assumed', '§4.5, U2'),
  'customers.incorporatedBusiness.update': endpoint('PATCH', '/v1/customer/incorporated-business/{id}', 'confirmed', '§4.5'),
  'customers.businessPersons.add': endpoint('POST', '/v1/customer/{id}/persons', 'confirmed', '§4.6'),
  'customers.businessPersons.retrieve': endpoint('GET', '/v1/customer/{id}/persons/{personId}', 'assumed', '§4.6, U4'),
  'customers.businessPersons.update': endpoint('PATCH', '/v1/customer/{id}/persons/{personId}', 'assumed', '§4.6, U4'),
  'customers.businessPersons.delete': endpoint('DELETE', '/v1/customer/{id}/persons/{personId}', 'assumed', '§4.6, U4'),
  'customers.retrieve': endpoint('GET', '/v1/customer/{id}', 'inferred', '§4.7, U2'),
  'customers.list': endpoint('GET', '/v1/customers', 'inferred', '§4.9'),
  'customers.transition': endpoint('PATCH', '/v1/customer/{id}/state', 'inferred', '§4.8, U9'),
  'customers.annotate': endpoint('PATCH', '/v1/customer/{id}/annotations', 'assumed', '§4.10, U10'),
  'customers.deleteAnnotations': endpoint('DELETE', '/v1/customer/{id}/annotations', 'assumed', '§4.10, U10'),
  'customers.tag': endpoint('PATCH', '/v1/customer/{id}/tags', 'assumed', '§4.10, U10'),
  'customers.untag': endpoint('DELETE', '/v1/customer/{id}/tags', 'assumed', '§4.10, U10'),
  // Minting a short-lived token twice has no lasting effect, so a failed attempt may be repeated.
  'customers.createAuthenticationToken': endpoint('POST', '/v1/customer/{id}/tokens', 'confirmed', '§4.11', true),
  // Re-evaluating a customer twice is the same as once (spec U14).
  'customers.touch': endpoint('POST', '/v1/customer/{id}/touch', 'assumed', '§4.12, U14', true),
} satisfies Record<string, PaybaseEndpoint>))();

/** The name of an endpoint in {@link PAYBASE_ENDPOINTS}; the same as the SDK method that calls it. */
export type PaybaseEndpointName = keyof typeof PAYBASE_ENDPOINTS;

/** Every endpoint, resolved: the defaults with the caller's overrides applied. */
export type PaybaseEndpoints = Readonly<Record<PaybaseEndpointName, PaybaseEndpoint>>;

/** Overrides for {@link PAYBASE_ENDPOINTS}: a new path template, or a new method and/or path. */
export type PaybasePathOverrides = Partial<Record<PaybaseEndpointName, string | { method?: HttpMethod; path?: string }>>;

/** A `{name}` placeholder, as core's `fillPath` reads them. */
export const PATH_PLACEHOLDER = /\{([A-Za-z_][A-Za-z0-9_]*)\}/g;
const KNOWN_PLACEHOLDERS = /* @__PURE__ */ new Set(['id', 'fullId', 'personId']);
const METHODS = /* @__PURE__ */ new Set<string>(['GET', 'POST', 'PUT', 'PATCH', 'DELETE']);

function placeholders(path: string): Set<string> {
  return new Set([...path.matchAll(PATH_PLACEHOLDER)].map((match) => match[1]!));
}

/**
 * The endpoint table with `overrides` applied.
 *
 * @throws ClienteleError of kind `configuration` for an unknown endpoint name, a method that is not an HTTP method,
 * or a path that does not start with `/`, has a query or fragment, uses an unknown placeholder or drops an id the
 * endpoint needs.
 */
export function resolveEndpoints(overrides: PaybasePathOverrides | undefined): PaybaseEndpoints {
  if (overrides === undefined) return PAYBASE_ENDPOINTS;
  const fail = (message: string): never => {
    throw new ClienteleError({ kind: 'configuration', provider: 'paybase', message: `\`paths\`: ${message}` });
  };
  if (typeof overrides !== 'object' || overrides === null) fail('must be an object keyed by endpoint name, e.g. { "customers.touch": "/v1/customer/{id}/touch" }.');
  const resolved: Record<string, PaybaseEndpoint> = { ...PAYBASE_ENDPOINTS };
  for (const [name, override] of Object.entries(overrides)) {
    const base = (PAYBASE_ENDPOINTS as Record<string, PaybaseEndpoint>)[name];
    if (!base) fail(`unknown endpoint "${name}". Known endpoints: ${Object.keys(PAYBASE_ENDPOINTS).join(', ')}.`);
    if (override === undefined) continue;
    const { method = base!.method, path = base!.path } = typeof override === 'string' ? { path: override } : override;
    if (!METHODS.has(method)) fail(`"${name}" has method "${String(method)}"; use GET, POST, PUT, PATCH or DELETE.`);
    if (typeof path !== 'string' || !path.startsWith('/') || /[?#]/.test(path)) fail(`"${name}" must be a path starting with "/" without a query string or fragment.`);
    const used = placeholders(path);
    for (const placeholder of used) {
      if (!KNOWN_PLACEHOLDERS.has(placeholder)) fail(`"${name}" uses {${placeholder}}; the placeholders are {id}, {fullId} and {personId}.`);
    }
    const needed = placeholders(base!.path);
    if (needed.has('id') && !used.has('id') && !used.has('fullId')) fail(`"${name}" must contain {id} or {fullId}: the customer id goes in the path.`);
    if (needed.has('personId') && !used.has('personId')) fail(`"${name}" must contain {personId}.`);
    resolved[name] = { ...base!, method, path, evidence: base!.evidence };
  }
  return Object.freeze(resolved) as PaybaseEndpoints;
}

/** Values for a path template: bare uuids, already normalised. */
export interface PathParameters {
  id?: string;
  personId?: string;
}

/**
 * Fills a path template with core's `fillPath` (every value percent-encoded, empty and dot segments refused, so an id
 * can never change which endpoint is called); `{fullId}` is first rewritten to `customer/{id}`.
 */
export function fillPath(template: string, parameters: PathParameters): string {
  return fillCorePath(template.replaceAll('{fullId}', 'customer/{id}'), { ...parameters }, { provider: 'paybase' });
}
