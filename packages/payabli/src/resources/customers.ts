import { ApiPromise, TransitionError, ValidationError, fillPath, isClienteleError, parseResponse, randomUuid, type Paginator, type RawResponse, type RequestOptions, type RequestSpec, type Transport } from '@clientele/core';
import type * as z from 'zod/mini';
import { repeatedDeleteError } from '../payabli-errors.js';
import { customerState, payabliCustomerLifecycle } from '../payabli-lifecycle.js';
import type { PayabliPaths } from '../payabli-paths.js';
import { customerDataSchema, type PayabliCustomerInput, type PayabliCustomerStatus } from '../schemas/customer-data.js';
import { canonicalRecord, customerRecordSchema, type PayabliCustomerRecord } from '../schemas/customer-record.js';
import { canonicalCustomerEnvelope, canonicalEnvelope, customerEnvelopeSchema, payabliResultSchema, type PayabliResult } from '../schemas/envelopes.js';
import { validateCustomerData } from '../schemas/validate-customer-data.js';
import { listCustomers, type CustomerListParams } from './customer-list.js';

/** Options of `customers.create`: Payabli's query flags, the idempotency key, and the per-call options. */
export interface CreateCustomerOptions extends RequestOptions {
  /** Always create a new customer, even when the identifiers match an existing one. @default false */
  forceCustomerCreation?: boolean | undefined;
  /** Overwrite the matching customer with this body (`replaceExisting=1`). @default false */
  replaceExisting?: boolean | 0 | 1 | undefined;
  /**
   * Sent as the `idempotencyKey` header on every attempt of this call. @default a random UUID per call.
   * Payabli remembers keys for 1–2 minutes and answers a reuse with HTTP 409 (a `conflict` error).
   */
  idempotencyKey?: string | undefined;
}

/** Options of `customers.update`. */
export interface UpdateCustomerOptions extends RequestOptions {
  /** The customer's current status, when known: saves the read the lifecycle check otherwise makes. */
  currentStatus?: PayabliCustomerStatus | undefined;
  /** Check a `customerStatus` change against the lifecycle before sending. `false` sends it as given. @default true */
  checkTransition?: boolean | undefined;
}

/** `client.customers`: one method per Payabli customer endpoint (spec §4). */
export interface CustomersResource {
  /** Adds a customer to the paypoint `entry` (`POST /Customer/single/{entry}`). Returns the stored record. */
  create(entry: string, body: PayabliCustomerInput, options?: CreateCustomerOptions): ApiPromise<PayabliCustomerRecord>;
  /** One customer (`GET /Customer/{customerId}`), with stored methods, summary and consent. */
  retrieve(customerId: number, options?: RequestOptions): ApiPromise<PayabliCustomerRecord>;
  /** Changes only the fields given (`PUT /Customer/{customerId}`); a status change is checked against the lifecycle first. */
  update(customerId: number, body: PayabliCustomerInput, options?: UpdateCustomerOptions): ApiPromise<PayabliResult>;
  /**
   * Deletes the customer (`DELETE /Customer/{customerId}`): status -99, final. Retried after an ambiguous
   * failure; a retry that meets "not found" is a `not_found` error saying an earlier attempt may already have
   * deleted the customer (it is not reported as success, because the id may be wrong).
   */
  delete(customerId: number, options?: RequestOptions): ApiPromise<PayabliResult>;
  /** The customers of a paypoint (`GET /Query/customers/{entry}`), filtered and paged lazily. */
  list(entry: string, params?: CustomerListParams, options?: RequestOptions): Paginator<PayabliCustomerRecord>;
  /** The customers of an organization (`GET /Query/customers/org/{orgId}`). */
  listForOrganization(orgId: number, params?: CustomerListParams, options?: RequestOptions): Paginator<PayabliCustomerRecord>;
  /** Links a transaction to the customer (`GET /Customer/link/{customerId}/{transId}`, a GET that changes state). */
  linkTransaction(customerId: number, transId: string, options?: RequestOptions): ApiPromise<PayabliResult>;
  /**
   * E-mails the customer a consent opt-in request (`POST /Customer/{customerId}/consent`). Each call sends an
   * e-mail, so it is retried only when Payabli certainly did not process it (429, connection refused).
   */
  requestConsent(customerId: number, options?: RequestOptions): ApiPromise<PayabliResult>;
}

const IDENTIFIER_FIELDS = ['customerNumber', 'email', 'firstname', 'lastname'] as const;

/** Builds `client.customers` over the client's transport and path table. */
export function createCustomersResource(transport: Transport, paths: PayabliPaths): CustomersResource {
  type Build = () => Omit<RequestSpec, 'operation'> | Promise<Omit<RequestSpec, 'operation'>>;
  /** `failed` may replace the error of a failed call (never its success). */
  function call<S extends z.core.$ZodType, T>(operation: string, build: Build, schema: S, canonical: (data: unknown) => unknown, pick: (parsed: z.output<S>) => T, failed = (error: unknown): unknown => error): ApiPromise<T> {
    const result = Promise.resolve()
      .then(build)
      .then((spec) => transport.request({ ...spec, operation }))
      .catch((error: unknown) => Promise.reject(failed(error)));
    return ApiPromise.from(result, (data, response: RawResponse) => pick(parseResponse(schema, canonical(data), { operation: `payabli ${operation}`, provider: 'payabli', requestId: response.requestId, status: response.status })));
  }
  const result = (operation: string, build: Build, failed?: (error: unknown) => unknown) =>
    call(operation, build, payabliResultSchema, (data) => canonicalEnvelope(data) ?? data, (parsed) => parsed, failed);

  const retrieve = (customerId: number, options?: RequestOptions) =>
    call('customers.retrieve', () => ({ method: 'GET', path: fillPath(paths.retrieveCustomer, { customerId: checkId(customerId, 'customerId', 'customers.retrieve') }, { provider: 'payabli', operation: 'customers.retrieve' }), options }), customerRecordSchema, canonicalRecord, (record) => record);

  return {
    create(entry, body, options = {}) {
      const { forceCustomerCreation, replaceExisting, idempotencyKey, ...requestOptions } = options;
      return call('customers.create', () => {
        const data = validateCustomerData(body, 'customers.create');
        checkCreate(data, { forceCustomerCreation, replaceExisting, idempotencyKey });
        return {
          method: 'POST',
          path: fillPath(paths.createCustomer, { entry: checkEntry(entry, 'customers.create') }, { provider: 'payabli', operation: 'customers.create' }),
          query: { forceCustomerCreation, replaceExisting: replaceExisting === undefined ? undefined : Number(replaceExisting) },
          body: data,
          bodySchema: customerDataSchema,
          // One key per call, reused by every retry of it: a create that reached Payabli is never repeated.
          idempotencyKey: idempotencyKey ?? randomUuid(),
          options: requestOptions,
        };
      }, customerEnvelopeSchema, canonicalCustomerEnvelope, (envelope) => envelope.responseData);
    },

    retrieve,

    update(customerId, body, options = {}) {
      const { currentStatus, checkTransition = true, ...requestOptions } = options;
      return result('customers.update', async () => {
        const id = checkId(customerId, 'customerId', 'customers.update');
        const data = validateCustomerData(body, 'customers.update');
        if (Object.keys(data).length === 0) throw new ValidationError({ provider: 'payabli', operation: 'customers.update', issues: [{ path: '(body)', message: 'is empty: pass only the fields to change' }] });
        if (data.customerStatus !== undefined && checkTransition) {
          const from = currentStatus ?? (await retrieve(id, requestOptions)).customerStatus;
          checkStatusMove(from, data.customerStatus);
        }
        return { method: 'PUT', path: fillPath(paths.updateCustomer, { customerId: id }, { provider: 'payabli', operation: 'customers.update' }), body: data, bodySchema: customerDataSchema, options: requestOptions };
      });
    },

    delete(customerId, options) {
      // A repeated DELETE whose first attempt was processed meets "not found": say so, but do not report success (the id may be wrong).
      const repeated = (error: unknown) => (isClienteleError(error, 'not_found') && (error.attempts ?? 1) > 1 ? repeatedDeleteError(error) : error);
      return result('customers.delete', () => ({ method: 'DELETE', path: fillPath(paths.deleteCustomer, { customerId: checkId(customerId, 'customerId', 'customers.delete') }, { provider: 'payabli', operation: 'customers.delete' }), options }), repeated);
    },

    list(entry, params, options) {
      return listCustomers(transport, 'customers.list', fillPath(paths.listCustomers, { entry: checkEntry(entry, 'customers.list') }, { provider: 'payabli', operation: 'customers.list' }), params, options);
    },

    listForOrganization(orgId, params, options) {
      const operation = 'customers.listForOrganization';
      return listCustomers(transport, operation, fillPath(paths.listOrganizationCustomers, { orgId: checkId(orgId, 'orgId', operation) }, { provider: 'payabli', operation }), params, options);
    },

    linkTransaction(customerId, transId, options = {}) {
      return result('customers.linkTransaction', () => {
        const id = checkId(customerId, 'customerId', 'customers.linkTransaction');
        if (typeof transId !== 'string' || transId.trim() === '' || transId.length > 250) {
          throw new ValidationError({ provider: 'payabli', operation: 'customers.linkTransaction', issues: [{ path: 'transId', message: 'must be the transaction ReferenceId, a non-empty string of at most 250 characters' }] });
        }
        // A GET that changes state: keep caches and proxies from answering it.
        return { method: 'GET', path: fillPath(paths.linkTransaction, { customerId: id, transId }, { provider: 'payabli', operation: 'customers.linkTransaction' }), options: { ...options, headers: { 'cache-control': 'no-cache', ...options.headers } } };
      });
    },

    requestConsent(customerId, options) {
      return result('customers.requestConsent', () => ({ method: 'POST', path: fillPath(paths.requestConsent, { customerId: checkId(customerId, 'customerId', 'customers.requestConsent') }, { provider: 'payabli', operation: 'customers.requestConsent' }), options }));
    },
  };
}

function checkId(value: unknown, name: string, operation: string): number {
  if (typeof value === 'number' && Number.isSafeInteger(value) && value > 0) return value;
  throw new ValidationError({ provider: 'payabli', operation, issues: [{ path: name, message: 'must be a positive whole number (Payabli ids are numeric)' }] });
}

function checkEntry(value: unknown, operation: string): string {
  if (typeof value === 'string' && value.trim() !== '' && value.length <= 100) return value;
  throw new ValidationError({ provider: 'payabli', operation, issues: [{ path: 'entry', message: "must be the paypoint's entrypoint name, e.g. '8cfec329267'" }] });
}

function checkCreate(data: PayabliCustomerInput, flags: Pick<CreateCustomerOptions, 'forceCustomerCreation' | 'replaceExisting' | 'idempotencyKey'>): void {
  const issues = [];
  const hasIdentifier = IDENTIFIER_FIELDS.some((field) => typeof data[field] === 'string' && data[field] !== '') || Object.values(data.additionalFields ?? {}).some((value) => value);
  if (!hasIdentifier) {
    issues.push({ path: '(body)', message: 'needs at least one identifier value (customerNumber, email, firstname/lastname or a custom identifier in additionalFields); Payabli answers "Invalid customer identifiers" otherwise' });
  }
  if (data.customerStatus !== undefined && data.customerStatus !== 0 && data.customerStatus !== 1) {
    issues.push({ path: 'customerStatus', message: 'must be 0 (inactive) or 1 (active) for a new customer; 85 is set by Payabli and -99 by delete()' });
  }
  if (flags.forceCustomerCreation !== undefined && typeof flags.forceCustomerCreation !== 'boolean') issues.push({ path: 'forceCustomerCreation', message: 'must be true or false' });
  if (flags.replaceExisting !== undefined && ![true, false, 0, 1].includes(flags.replaceExisting)) issues.push({ path: 'replaceExisting', message: 'must be true, false, 0 or 1' });
  if (flags.forceCustomerCreation === true && (flags.replaceExisting === true || flags.replaceExisting === 1)) {
    issues.push({ path: 'replaceExisting', message: 'contradicts forceCustomerCreation (always create new vs overwrite the match): choose one' });
  }
  if (flags.idempotencyKey !== undefined && (typeof flags.idempotencyKey !== 'string' || !/^[\x21-\x7e]{1,255}$/.test(flags.idempotencyKey))) {
    issues.push({ path: 'idempotencyKey', message: 'must be 1 to 255 visible ASCII characters without spaces (a UUID is recommended)' });
  }
  if (issues.length > 0) throw new ValidationError({ provider: 'payabli', operation: 'customers.create', issues });
}

/** Refuses a status change the lifecycle does not allow to the client, before anything is sent. */
function checkStatusMove(current: number | null | undefined, target: PayabliCustomerStatus): void {
  const to = customerState(target)!;
  const from = customerState(current);
  if (to === 'deleted') {
    throw new TransitionError({
      lifecycle: payabliCustomerLifecycle.name, provider: 'payabli', from: from ?? String(current), attempted: 'set customerStatus -99', allowed: [],
      message: 'update() cannot set customerStatus -99 (deleted): Payabli deletes customers only through DELETE. Call client.customers.delete(customerId) instead.',
    });
  }
  if (from === to) return;
  if (from === undefined) {
    throw new TransitionError({
      lifecycle: payabliCustomerLifecycle.name, provider: 'payabli', from: String(current), attempted: `move to ${to}`, allowed: [],
      message: `The customer's current status (${String(current)}) is not one the SDK knows, so the move to ${to} cannot be checked. Pass { checkTransition: false } to send it anyway.`,
    });
  }
  payabliCustomerLifecycle.assertMoveTo(from, to);
}
