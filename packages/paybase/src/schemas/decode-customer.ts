import { ClienteleError, parseResponse } from '@clientele/core';
import { CUSTOMER_RESPONSE_SCHEMAS, PAYBASE_CUSTOMER_TYPES, type PaybaseCustomer, type PaybaseCustomerByType, type PaybaseCustomerType } from './customer-response.js';

type UnknownRecord = Record<string, unknown>;

const isRecord = (value: unknown): value is UnknownRecord => typeof value === 'object' && value !== null && !Array.isArray(value);
const isCustomerType = (value: unknown): value is PaybaseCustomerType => (PAYBASE_CUSTOMER_TYPES as readonly unknown[]).includes(value);

/**
 * The type of a flat customer, worked out from its fields (spec §4.7): `companyNumber`, `businessPersons` or a
 * `registeredName` → incorporated business; a person's name with `tradingName`/`industry`/`url` → sole trader;
 * `name` or `registeredNumber` → organisation; otherwise individual.
 */
export function inferCustomerType(customer: Record<string, unknown>): PaybaseCustomerType {
  const profile = isRecord(customer.profile) ? customer.profile : {};
  if ('companyNumber' in customer || 'businessPersons' in customer || 'registeredName' in profile || 'taxCountryISO' in profile) return 'incorporatedBusiness';
  const isPerson = 'firstName' in profile || 'lastName' in profile;
  if (isPerson && ('tradingName' in profile || 'industry' in profile || 'url' in profile)) return 'soleTrader';
  if (!isPerson && ('name' in profile || 'registeredNumber' in profile)) return 'organisation';
  return 'individual';
}

/** Context for errors: which call and which response. */
export interface DecodeContext {
  /** The call, as it appears in error messages (e.g. `'customers.retrieve'`); prefixed with `paybase `. */
  operation: string;
  /** The response's request id, quoted in errors. */
  requestId?: string | undefined;
  /** The response's HTTP status. */
  status?: number | undefined;
}

/**
 * Reads a customer in either shape Paybase may use (spec §4.7, U28): the tagged union
 * `{ type, <type>: {...} }`, or the flat customer (with or without a `type` field). Returns the customer tagged with
 * `type`. With `expected`, a customer of another type is an `invalid_response` error.
 */
export function decodeCustomer<T extends PaybaseCustomerType>(data: unknown, context: DecodeContext, expected: T): PaybaseCustomerByType[T];
export function decodeCustomer(data: unknown, context: DecodeContext, expected?: PaybaseCustomerType): PaybaseCustomer;
export function decodeCustomer(data: unknown, context: DecodeContext, expected?: PaybaseCustomerType): PaybaseCustomer {
  if (!isRecord(data)) {
    throw new ClienteleError({
      kind: 'invalid_response',
      provider: 'paybase',
      status: context.status,
      requestId: context.requestId,
      message: `paybase ${context.operation}: expected a customer object in the response. Quote the request id to Paybase if it persists.`,
    });
  }
  let type: PaybaseCustomerType;
  let customer: unknown = data;
  if (isCustomerType(data.type) && isRecord(data[data.type])) {
    type = data.type;
    customer = data[data.type];
  } else {
    type = isCustomerType(data.type) ? data.type : (expected ?? inferCustomerType(data));
  }
  if (expected !== undefined && type !== expected) {
    throw new ClienteleError({
      kind: 'invalid_response',
      provider: 'paybase',
      status: context.status,
      requestId: context.requestId,
      message: `paybase ${context.operation}: expected a customer of type ${expected} but Paybase returned one of type ${type}. Check the id, or call customers.retrieve for a customer of any type.`,
    });
  }
  const parsed = parseResponse(CUSTOMER_RESPONSE_SCHEMAS[type], customer, { ...context, operation: `paybase ${context.operation}`, provider: 'paybase' });
  return { ...parsed, type } as PaybaseCustomer;
}
