import type * as z from 'zod/mini';
import { ApiPromise, type ApiResult, buildQuery, isClienteleError, type Paginator, parseResponse, type RequestOptions, validateInput, ValidationError, byPageNumber } from '@clientele/core';
import { isSgateCode } from '../sgate-adapter.js';
import { unverifiedDuplicateFailure } from '../sgate-failure.js';
import type { SgateContext } from '../sgate-context.js';
import { customerReferenceSchema, referenceParameters, type CustomerReference } from '../schemas/customer-reference.js';
import {
  createCustomerSchema,
  resendStcOtpSchema,
  submitStcOtpSchema,
  updateCustomerSchema,
  type CreateCustomerParams,
  type SubmitStcOtpParams,
  type UpdateCustomerParams,
} from '../schemas/customer-input.js';
import { listCustomersSchema, type ListCustomersParams } from '../schemas/customer-query.js';
import { customerListSchema, customerSchema, type SgateCustomer } from '../schemas/customer.js';
import { uploadPhoto, type UploadPhotoParams } from './customer-photo.js';
import { isSameCustomer } from './same-customer.js';

/** Highest page SGATE serves (spec §4.A). */
const MAX_PAGE = 1000;
const DEFAULT_PAGE_SIZE = 20;

/** Options of the reading methods (`retrieve`, `list`). */
export interface SgateReadOptions extends RequestOptions {
  /**
   * `false` leaves the encrypted fields (`identity`, `cardno`, `stcaccount`, `identitypic`, `signpic`) as
   * SGATE's ciphertext (base64) instead of decrypting them: one RSA private-key operation per 245 bytes of
   * each field, which is most of a list page's cost (about 1.2 ms per customer with node:crypto, 20–45 ms
   * with the pure-JS engine of browsers and edge runtimes). The response signature is still verified.
   * Decrypt a customer later with {@link CustomersResource.decrypt}. @default true
   */
  decrypt?: boolean | undefined;
}

/** `client.customers`: SGATE's payees (spec §4.2–4.8). */
export interface CustomersResource {
  /**
   * Creates a customer (`POST /payee/custom/create`); it starts as 4 (incomplete) until its ID photo is
   * uploaded. `identity`, `cardno` and `stcaccount` are encrypted for you.
   *
   * Idempotent on `mercustomid`: an ambiguous failure (timeout, dropped connection, 5xx) is retried, and
   * when SGATE then answers 1302 (duplicate `mercustomid`) the SDK reads the customer and returns it if it
   * is the same customer. Different data under the same `mercustomid` is a `conflict` error (1302). A 1302
   * whose answer is not signed cannot be verified: it is a `conflict` error saying an earlier attempt may have
   * created the customer; retrieve it by `mercustomid`.
   */
  create(params: CreateCustomerParams, options?: RequestOptions): ApiPromise<SgateCustomer>;
  /**
   * Updates a customer (`POST /payee/custom/update`), named by `customid` or `mercustomid`. Changed data
   * sends a normal (1) or rejected (2) customer back to review (0); see `sgateCustomerLifecycle`.
   * `""` clears an account field; the SDK first checks the customer would keep a payout account.
   */
  update(params: UpdateCustomerParams, options?: RequestOptions): ApiPromise<SgateCustomer>;
  /** Reads one customer (`GET /payee/custom/detail`) by `customid` or `mercustomid` (customid wins when both are given). */
  retrieve(reference: CustomerReference, options?: SgateReadOptions): ApiPromise<SgateCustomer>;
  /**
   * Lists customers (`GET /payee/custom/list`), page by page as you iterate: `for await (const c of
   * client.customers.list({ status: 0 }))`. SGATE reports no totals; iteration ends at a short page or
   * after page 1000 (100 000 customers at most: narrow with `starttime`/`endtime`).
   */
  list(params?: ListCustomersParams, options?: SgateReadOptions): Paginator<SgateCustomer>;
  /**
   * Decrypts the encrypted fields of a customer read with `decrypt: false` (fields that are already plaintext
   * are not expected here: pass customers exactly as `retrieve`/`list` returned them). Returns a copy.
   *
   * ```ts
   * for await (const row of sgate.customers.list({ status: 0 }, { decrypt: false })) {
   *   if (needsReview(row)) show(sgate.customers.decrypt(row));
   * }
   * ```
   */
  decrypt(customer: SgateCustomer): SgateCustomer;
  /**
   * Uploads the ID photo (`type: 'identitypic'`) or signature photo (`'signpic'`) of a customer
   * (`POST /payee/custom/file`, multipart). JPEG, PNG, BMP, GIF, SVG or WebP, at most 2048 KB; the MD5
   * SGATE checks is computed for you. An ID photo moves an incomplete customer to pending.
   */
  uploadPhoto(params: UploadPhotoParams, options?: RequestOptions): ApiPromise<SgateCustomer>;
  /**
   * Submits the 6-digit OTP that verifies the customer's STCPay account (`POST
   * /payee/custom/submitStcAccountOtp`). Needs auto-approval on (else 1308) and an unverified account (else 1309).
   */
  submitStcOtp(params: SubmitStcOtpParams, options?: RequestOptions): ApiPromise<void>;
  /**
   * Sends a new STCPay OTP (`POST /payee/custom/resendStcAccountOtp`). One SMS per minute per number
   * (1611); never retried automatically.
   */
  resendStcOtp(reference: CustomerReference, options?: RequestOptions): ApiPromise<void>;
}

/** Builds `client.customers` over a client's context. */
export function createCustomersResource(context: SgateContext): CustomersResource {
  const { transport, paths } = context;
  const customer = (operation: string) => (data: unknown, response: { requestId: string | undefined; status: number }) =>
    parseResponse(customerSchema, data, { operation: `sgate ${operation}`, provider: 'sgate', requestId: response.requestId, status: response.status });

  function retrieveResult(reference: CustomerReference, readOptions?: SgateReadOptions): Promise<ApiResult<SgateCustomer>> {
    const input = validateInput(customerReferenceSchema, reference, { operation: 'sgate.customers.retrieve', provider: 'sgate' });
    const { decrypt = true, ...options } = readOptions ?? {};
    const result = transport.request({ operation: 'customers.retrieve', method: 'GET', path: paths.retrieveCustomer, query: buildQuery(referenceParameters(input), { sort: true }), options, context: { decrypt } });
    return ApiPromise.from(result, customer('customers.retrieve')).withResponse();
  }

  async function createResult(params: CreateCustomerParams, options?: RequestOptions): Promise<ApiResult<SgateCustomer>> {
    const input = validateInput(createCustomerSchema, params, { operation: 'sgate.customers.create', provider: 'sgate' });
    const body = context.encryptFields(createCustomerSchema, input, 'sgate.customers.create');
    try {
      const result = transport.request({
        operation: 'customers.create',
        method: 'POST',
        path: paths.createCustomer,
        body,
        bodySchema: createCustomerSchema,
        // mercustomid is SGATE's idempotency key for customers: a repeat meets 1302 and is reconciled below.
        idempotencyKey: input.mercustomid,
        options,
      });
      return await ApiPromise.from(result, customer('customers.create')).withResponse();
    } catch (error) {
      if (!isSgateCode(error, 1302)) throw error;
      // An unsigned 1302 proves nothing, neither a duplicate nor different data: say what may have happened.
      if (!error.verified) throw unverifiedDuplicateFailure(error);
      let existing: ApiResult<SgateCustomer>;
      try {
        existing = await retrieveResult({ mercustomid: input.mercustomid }, options);
      } catch (lookupError) {
        // The customer could not be read back: report why, unless it is simply not there.
        throw isClienteleError(lookupError) && lookupError.kind !== 'not_found' ? lookupError : error;
      }
      if (isSameCustomer(input, existing.data)) return existing;
      throw error;
    }
  }

  async function updateResult(params: UpdateCustomerParams, options?: RequestOptions): Promise<ApiResult<SgateCustomer>> {
    const input = validateInput(updateCustomerSchema, params, { operation: 'sgate.customers.update', provider: 'sgate' });
    const { customid, mercustomid, ...changes } = input;
    const reference = referenceParameters({ customid, mercustomid });
    if (Object.values(pickAccounts(changes)).includes('')) await assertKeepsAccount(reference, changes, options);
    const body = context.encryptFields(updateCustomerSchema, { ...reference, ...changes }, 'sgate.customers.update');
    // Update sets fields to given values; SGATE ignores a repeat with identical data, so it may be repeated.
    const result = transport.request({ operation: 'customers.update', method: 'POST', path: paths.updateCustomer, body, bodySchema: updateCustomerSchema, idempotent: true, options });
    return ApiPromise.from(result, customer('customers.update')).withResponse();
  }

  /**
   * Refuses, before sending, an update that would leave the customer without any payout account (spec §5.2, A11).
   * Reads the customer without decrypting: SGATE sends an empty field as `""` unencrypted, so a field is empty
   * exactly when its ciphertext is, and only emptiness is compared.
   */
  async function assertKeepsAccount(reference: CustomerReference, changes: Record<string, unknown>, options?: RequestOptions): Promise<void> {
    const { data: current } = await retrieveResult(reference, { ...options, decrypt: false });
    const after = { ...pickAccounts(current), ...pickAccounts(changes) };
    const hasBank = after.bankcode !== '' && after.cardno !== '' && after.ibanaccount !== '';
    if (!hasBank && after.stcaccount === '') {
      const cleared = Object.keys(pickAccounts(changes)).filter((field) => changes[field] === '');
      throw new ValidationError({
        provider: 'sgate',
        operation: 'sgate.customers.update',
        issues: [{ path: cleared.includes('stcaccount') ? 'stcaccount' : cleared[0]!, message: 'cannot be cleared: the customer would be left without a payout account (bank account or STCPay)' }],
      });
    }
  }

  /** A POST whose success carries `data: {}`; never repeated after an ambiguous failure (OTPs cost and are rate-limited). */
  function postWithoutData<S extends z.core.$ZodType>(
    operation: string,
    path: string,
    schema: S,
    params: unknown,
    toBody: (input: z.output<S>) => Record<string, unknown>,
    options?: RequestOptions,
  ): ApiPromise<void> {
    const result = Promise.resolve().then(() => {
      const input = validateInput(schema, params, { operation: `sgate.${operation}`, provider: 'sgate' });
      return transport.request({ operation, method: 'POST', path, body: toBody(input), bodySchema: schema, options });
    });
    return ApiPromise.from(result, () => undefined);
  }

  return {
    create: (params, options) => new ApiPromise(createResult(params, options)),
    update: (params, options) => new ApiPromise(updateResult(params, options)),
    retrieve: (reference, options) => new ApiPromise(Promise.resolve().then(() => retrieveResult(reference, options))),
    list(params = {}, readOptions) {
      const { decrypt = true, ...options } = readOptions ?? {};
      const input = validateInput(listCustomersSchema, params, { operation: 'sgate.customers.list', provider: 'sgate' });
      const { limit, pageno, pagesize, starttime, endtime, mercustomids, customids, ...filters } = context.encryptFields(listCustomersSchema, input, 'sgate.customers.list');
      const fixed = {
        ...filters,
        starttime: toSeconds(starttime),
        endtime: toSeconds(endtime),
        mercustomids: mercustomids?.join(','),
        customids: customids?.join(','),
      };
      return byPageNumber<SgateCustomer>({
        pageSize: pagesize ?? DEFAULT_PAGE_SIZE,
        startPage: pageno ?? 1,
        limit,
        signal: options?.signal,
        async fetch(page, size, { signal }) {
          if (page > MAX_PAGE) return { items: [] };
          const query = buildQuery({ ...fixed, pageno: page, pagesize: size }, { sort: true });
          const { data, response } = await transport.request({ operation: 'customers.list', method: 'GET', path: paths.listCustomers, query, querySchema: listCustomersSchema, options: { ...options, signal }, context: { decrypt } });
          // An empty page may come as [], {} or null (the shape of empty `data` is not documented, spec §1.4).
          const rows = Array.isArray(data) ? data : isEmpty(data) ? [] : data;
          const items = parseResponse(customerListSchema, rows, { operation: 'sgate customers.list', provider: 'sgate', requestId: response.requestId, status: response.status });
          return { items };
        },
      });
    },
    decrypt: (row) => context.decryptFields(customerSchema, row),
    uploadPhoto: (params, options) => new ApiPromise(Promise.resolve().then(() => uploadPhoto(context, params, options))),
    submitStcOtp: (params, options) =>
      postWithoutData('customers.submitStcOtp', paths.submitStcOtp, submitStcOtpSchema, params, (input) => ({ ...referenceParameters(input), code: input.code }), options),
    resendStcOtp: (reference, options) =>
      postWithoutData('customers.resendStcOtp', paths.resendStcOtp, resendStcOtpSchema, reference, (input) => referenceParameters(input), options),
  };
}

function pickAccounts(source: Record<string, unknown>): Partial<Record<'bankcode' | 'cardno' | 'ibanaccount' | 'stcaccount', unknown>> {
  const output: Record<string, unknown> = {};
  for (const field of ['bankcode', 'cardno', 'ibanaccount', 'stcaccount']) if (source[field] !== undefined) output[field] = source[field];
  return output;
}

function isEmpty(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === 'object' && Object.keys(value).length === 0);
}

function toSeconds(value: number | Date | undefined): number | undefined {
  return value instanceof Date ? Math.floor(value.getTime() / 1000) : value;
}
