import { ApiPromise, ClienteleError, parseResponse, validateInput, type Paginator, type RawResponse, type RequestOptions, type RequestSpec, type Transport } from '@clientele/core';
import { EMPTY_BODY } from '../paycombat-adapter.js';
import type { ResolvedPaycombatSettings } from '../paycombat-options.js';
import { createCustomerSchema, updateCustomerSchema } from '../schemas/customer-input.js';
import type { CreateCustomerParams, ListCustomersParams, UpdateCustomerParams } from '../schemas/customer-params.js';
import { customerSchema, walletReadinessSchema } from '../schemas/customer-response.js';
import type { Customer, DeletedCustomer, WalletReadiness } from '../schemas/customer-types.js';
import { paginateCustomers, readCustomerPage, type CustomerPage } from './customer-list.js';
import { customerTarget, DeletedCustomers } from './customer-target.js';

/** `client.customers`: one method per Paycombat customer endpoint (spec §8). */
export interface CustomersResource {
  /** Creates an individual or a company (POST, signed). Not retried after an ambiguous failure: see the docs. */
  create(params: CreateCustomerParams, options?: RequestOptions): ApiPromise<Customer>;
  /**
   * Changes the given fields only (PATCH, signed). `''` or `null` clears a field; leaving it out keeps it.
   * @throws TransitionError when this client deleted the customer.
   */
  update(customerId: string, params: UpdateCustomerParams, options?: RequestOptions): ApiPromise<Customer>;
  /** Reads one customer (GET). A deleted or unknown id is a `not_found` error. */
  retrieve(customerId: string, options?: RequestOptions): ApiPromise<Customer>;
  /** Every customer, fetched page by page as you iterate (`for await`, `.toArray()`, `.pages()`). */
  list(params?: ListCustomersParams, options?: RequestOptions): Paginator<Customer>;
  /** One page of customers, with `total` / `lastPage` when Paycombat reports them. */
  listPage(params?: ListCustomersParams, options?: RequestOptions): ApiPromise<CustomerPage>;
  /** Whether a wallet can be issued, and which fields are missing (GET). */
  walletReadiness(customerId: string, options?: RequestOptions): ApiPromise<WalletReadiness>;
  /** Sets `is_active` to true (PATCH, signed). @throws TransitionError when this client deleted the customer. */
  enable(customerId: string, options?: RequestOptions): ApiPromise<Customer>;
  /** Sets `is_active` to false (PATCH, signed). @throws TransitionError when this client deleted the customer. */
  disable(customerId: string, options?: RequestOptions): ApiPromise<Customer>;
  /**
   * Deletes the customer for good (DELETE). Resolves to the customer as it was just before, when Paycombat returns
   * it. Not retried after an ambiguous failure. @throws TransitionError when this client already deleted it.
   */
  delete(customerId: string, options?: RequestOptions): ApiPromise<DeletedCustomer>;
}

const PROVIDER = 'paycombat';

function isCustomerObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && typeof (value as { customer_id?: unknown }).customer_id === 'string';
}

/** Builds `client.customers` on a transport. */
export function createCustomersResource(transport: Transport, settings: ResolvedPaycombatSettings): CustomersResource {
  const { paths } = settings;
  const deleted = new DeletedCustomers();

  /** Runs `build` (validation, guards) and the request; any failure becomes a rejected ApiPromise. */
  function call<T>(build: () => RequestSpec, map: (data: unknown, response: RawResponse) => T | Promise<T>): ApiPromise<T> {
    let result: Promise<{ data: unknown; response: RawResponse }>;
    try {
      result = transport.request(build());
    } catch (error) {
      result = Promise.reject(error);
    }
    return ApiPromise.from(result, map);
  }

  function parseCustomer(data: unknown, response: RawResponse, operation: string): Customer {
    if (!isCustomerObject(data)) {
      throw new ClienteleError({
        kind: 'invalid_response',
        provider: PROVIDER,
        status: response.status,
        requestId: response.requestId,
        message: `paycombat ${operation}: the response holds no customer. ${operation === 'customers.create' ? 'The customer may have been created: list by organization_reference_id before creating it again.' : 'Retrieve the customer to see its state.'}`,
      });
    }
    return parseResponse(customerSchema, data, { operation: `paycombat ${operation}`, provider: PROVIDER, requestId: response.requestId, status: response.status }) as Customer;
  }

  function listPage(params: ListCustomersParams = {}, options?: RequestOptions, page = params.page ?? 1): ApiPromise<CustomerPage> {
    const pageSize = params.pageSize ?? 50;
    return call(
      () => {
        if (!Number.isSafeInteger(pageSize) || pageSize < 1 || !Number.isSafeInteger(page) || page < 1) {
          throw new ClienteleError({ kind: 'validation', provider: PROVIDER, message: 'paycombat customers.list: `page` and `pageSize` must be positive whole numbers.' });
        }
        const query = { page, limit: pageSize, type: params.type, is_active: params.is_active, organization_reference_id: params.organization_reference_id };
        return { operation: 'customers.list', method: 'GET', path: paths.listCustomers, query, options };
      },
      (data, response) => readCustomerPage(data, { page, pageSize }, response),
    );
  }

  /** Enable and Disable: the same PATCH with nothing to send but the id; the answer is read back if it has no customer. */
  function setActive(customerId: string, event: 'enable' | 'disable', options?: RequestOptions): ApiPromise<Customer> {
    const operation = `customers.${event}`;
    const template = event === 'enable' ? paths.enableCustomer : paths.disableCustomer;
    return call(
      () => {
        const target = customerTarget(template, customerId, 'PATCH', operation);
        deleted.guard(customerId, event);
        return { operation, method: 'PATCH', path: target.path, body: target.body ?? EMPTY_BODY, options };
      },
      async (data, response) => (isCustomerObject(data) ? parseCustomer(data, response, operation) : resource.retrieve(customerId, options)),
    );
  }

  const resource: CustomersResource = {
    create(params, options) {
      return call(
        () => {
          const body = validateInput(createCustomerSchema, params, { operation: 'paycombat customers.create', provider: PROVIDER });
          return { operation: 'customers.create', method: 'POST', path: paths.createCustomer, body, bodySchema: createCustomerSchema, options };
        },
        (data, response) => parseCustomer(data, response, 'customers.create'),
      );
    },

    update(customerId, params, options) {
      return call(
        () => {
          const target = customerTarget(paths.updateCustomer, customerId, 'PATCH', 'customers.update');
          deleted.guard(customerId, 'update');
          const fields = validateInput(updateCustomerSchema, params, { operation: 'paycombat customers.update', provider: PROVIDER });
          // Update Customer always takes customer_id in the body (spec §8.2), even if a custom path also carries it.
          const body = { customer_id: customerId, ...fields };
          return { operation: 'customers.update', method: 'PATCH', path: target.path, body, bodySchema: updateCustomerSchema, options };
        },
        (data, response) => parseCustomer(data, response, 'customers.update'),
      );
    },

    retrieve(customerId, options) {
      return call(
        () => ({ operation: 'customers.retrieve', method: 'GET', ...customerTarget(paths.retrieveCustomer, customerId, 'GET', 'customers.retrieve'), options }),
        (data, response) => parseCustomer(data, response, 'customers.retrieve'),
      );
    },

    list(params = {}, options) {
      return paginateCustomers({
        startPage: params.page ?? 1,
        limit: params.limit,
        maxPages: params.maxPages ?? 1000,
        signal: options?.signal,
        fetchPage: (page, signal) => listPage(params, { ...options, signal }, page),
      });
    },

    listPage: (params, options) => listPage(params, options),

    walletReadiness(customerId, options) {
      return call(
        () => ({ operation: 'customers.walletReadiness', method: 'GET', ...customerTarget(paths.walletReadiness, customerId, 'GET', 'customers.walletReadiness'), options }),
        (data, response) =>
          parseResponse(walletReadinessSchema, data, { operation: 'paycombat customers.walletReadiness', provider: PROVIDER, requestId: response.requestId, status: response.status }) as WalletReadiness,
      );
    },

    enable: (customerId, options) => setActive(customerId, 'enable', options),
    disable: (customerId, options) => setActive(customerId, 'disable', options),

    delete(customerId, options) {
      return call(
        () => {
          const target = customerTarget(paths.deleteCustomer, customerId, 'DELETE', 'customers.delete');
          deleted.guard(customerId, 'delete');
          const body = target.body ?? (settings.signEmptyBody ? EMPTY_BODY : undefined);
          // Not repeated after an ambiguous failure: a second DELETE would answer 404 for a delete that worked.
          return { operation: 'customers.delete', method: 'DELETE', path: target.path, body, idempotent: false, options };
        },
        (data, response) => {
          deleted.add(customerId);
          return { customer_id: customerId, deleted: true, customer: isCustomerObject(data) ? parseCustomer(data, response, 'customers.delete') : undefined };
        },
      );
    },
  };
  return resource;
}
