import { ValidationError, type ValidationIssue } from '@clientele/core';
import { PAYABLI_CUSTOMER_STATUSES, type PayabliCustomerStatus } from './schemas/customer-data.js';

/** A Payabli filter condition (spec §4.5). `in`/`nin` take a list, sent `|`-separated. */
export type FilterCondition = 'eq' | 'ne' | 'gt' | 'ge' | 'lt' | 'le' | 'ct' | 'nct' | 'in' | 'nin';

const TEXT = ['eq', 'ne', 'ct', 'nct'] as const;
const RANGE = ['eq', 'ne', 'gt', 'ge', 'lt', 'le'] as const;

/**
 * The filter fields Payabli accepts on the customer queries, with their conditions (spec §4.5). Names are
 * Payabli's and case-sensitive: `customernumber` here, `status` (not `customerStatus`) for the status.
 */
export const CUSTOMER_FILTER_FIELDS = {
  createdDate: RANGE,
  customernumber: TEXT,
  firstname: TEXT,
  lastname: TEXT,
  name: ['ct', 'nct'],
  address: TEXT,
  city: TEXT,
  country: TEXT,
  zip: TEXT,
  state: TEXT,
  shippingaddress: TEXT,
  shippingcity: TEXT,
  shippingcountry: TEXT,
  shippingzip: TEXT,
  shippingstate: TEXT,
  phone: TEXT,
  email: TEXT,
  company: TEXT,
  username: TEXT,
  balance: RANGE,
  status: ['in', 'nin', 'eq', 'ne'],
  orgId: ['eq'],
  paypointId: ['eq', 'ne'],
  paypointLegal: TEXT,
  paypointDba: TEXT,
  orgName: TEXT,
} as const satisfies Record<string, readonly FilterCondition[]>;

/** A field of {@link CUSTOMER_FILTER_FIELDS}, e.g. `'status'` or `'customernumber'`. */
export type CustomerFilterField = keyof typeof CUSTOMER_FILTER_FIELDS;

/** The value type of a filter field: a status code, a `Date` or ISO string, a number, or text. */
export type CustomerFilterValue<F> = F extends 'status' ? PayabliCustomerStatus : F extends 'createdDate' ? Date | string : F extends 'balance' | 'orgId' | 'paypointId' ? number : string;

/** The conditions one field accepts, each with its value (a list for `in`/`nin`). */
export type CustomerFilterConditions<F extends CustomerFilterField> = { [C in (typeof CUSTOMER_FILTER_FIELDS)[F][number]]?: C extends 'in' | 'nin' ? readonly CustomerFilterValue<F>[] : CustomerFilterValue<F> };

/**
 * Typed customer filters, sent as bare `field(condition)=value` query parameters and combined with AND:
 *
 * ```ts
 * { status: { in: [1, 0] }, email: { ct: '@example.com' }, createdDate: { ge: new Date('2026-01-01') }, 'additional-clientId': { eq: 'c-42' } }
 * ```
 *
 * Custom fields are `additional-<name>` with `eq`, `ne`, `ct`, `nct`. Dates are sent as ISO 8601 in UTC without
 * milliseconds (`2026-01-01T00:00:00`).
 */
export type CustomerFilters = { [F in CustomerFilterField]?: CustomerFilterConditions<F> } & { [custom: `additional-${string}`]: { eq?: string; ne?: string; ct?: string; nct?: string } | undefined };

/** Raw filters, sent verbatim as `field(condition)=value`: the escape hatch for fields the SDK does not know. */
export type RawFilters = Record<string, string | number>;

const CUSTOM_CONDITIONS: readonly FilterCondition[] = TEXT;
const byLowerCase = new Map(Object.keys(CUSTOMER_FILTER_FIELDS).map((field) => [field.toLowerCase(), field]));
const RAW_KEY = /^[A-Za-z][A-Za-z0-9_.-]*\((?:eq|ne|gt|ge|lt|le|ct|nct|in|nin)?\)$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2})?)?$/;

/**
 * Turns typed filters (and raw ones) into `[key, value]` pairs such as `['status(in)', '1|0']`, in the
 * order given.
 *
 * @throws ValidationError naming each unknown field (with `status` suggested for `customerStatus`), each
 * condition the field does not allow, and each bad value.
 */
export function serializeFilters(filters: CustomerFilters | undefined, raw: RawFilters | undefined, operation: string): [string, string][] {
  const pairs: [string, string][] = [];
  const issues: ValidationIssue[] = [];
  for (const [field, conditions] of Object.entries(filters ?? {})) {
    if (conditions === undefined) continue;
    const allowed = allowedConditions(field);
    if (!allowed) {
      issues.push({ path: `filters.${field}`, message: unknownFieldMessage(field) });
      continue;
    }
    if (typeof conditions !== 'object' || conditions === null || Array.isArray(conditions)) {
      issues.push({ path: `filters.${field}`, message: `must be an object of conditions, e.g. { ${allowed[0]}: … }` });
      continue;
    }
    for (const [condition, value] of Object.entries(conditions as Record<string, unknown>)) {
      if (value === undefined) continue;
      const path = `filters.${field}.${condition}`;
      if (!allowed.includes(condition as FilterCondition)) {
        issues.push({ path, message: `is not a condition Payabli allows on ${field}; allowed: ${allowed.join(', ')}` });
        continue;
      }
      const text = serializeValue(field, condition as FilterCondition, value);
      if (typeof text === 'object') issues.push({ path, message: text.problem });
      else pairs.push([`${field}(${condition})`, text]);
    }
  }
  for (const [key, value] of Object.entries(raw ?? {})) {
    if (!RAW_KEY.test(key)) {
      issues.push({ path: `rawFilters.${key}`, message: "must be written field(condition), e.g. 'status(eq)'; Payabli ignores anything else (such as a `parameters` wrapper) and returns every record" });
    } else if ((typeof value !== 'string' && typeof value !== 'number') || String(value) === '') {
      issues.push({ path: `rawFilters.${key}`, message: 'must be a non-empty string or a number' });
    } else {
      pairs.push([key, String(value)]);
    }
  }
  if (issues.length > 0) throw new ValidationError({ provider: 'payabli', operation, issues });
  return pairs;
}

function allowedConditions(field: string): readonly FilterCondition[] | undefined {
  if (Object.hasOwn(CUSTOMER_FILTER_FIELDS, field)) return CUSTOMER_FILTER_FIELDS[field as CustomerFilterField];
  return /^additional-[A-Za-z0-9_.-]+$/.test(field) ? CUSTOM_CONDITIONS : undefined;
}

function unknownFieldMessage(field: string): string {
  const lower = field.toLowerCase();
  if (lower === 'customerstatus') {
    return 'is not a filter Payabli reads: the status filter is `status`, e.g. { status: { eq: 1 } }. Payabli would silently ignore customerStatus(…) and return every customer';
  }
  const spelled = byLowerCase.get(lower);
  if (spelled) return `is not a filter Payabli reads (names are case-sensitive): use \`${spelled}\``;
  return `is not a customer filter field; use one of ${Object.keys(CUSTOMER_FILTER_FIELDS).join(', ')}, an \`additional-<name>\` custom field, or rawFilters`;
}

function serializeValue(field: string, condition: FilterCondition, value: unknown): string | { problem: string } {
  if (condition === 'in' || condition === 'nin') {
    if (!Array.isArray(value) || value.length === 0) return { problem: 'must be a non-empty list of values' };
    const items: string[] = [];
    for (const item of value) {
      const text = serializeScalar(field, item);
      if (typeof text === 'object') return text;
      if (text.includes('|')) return { problem: 'list values must not contain "|", which separates them' };
      items.push(text);
    }
    return items.join('|');
  }
  if (Array.isArray(value)) return { problem: `takes one value; use \`in\` for a list` };
  return serializeScalar(field, value);
}

function serializeScalar(field: string, value: unknown): string | { problem: string } {
  if (field === 'status') {
    return PAYABLI_CUSTOMER_STATUSES.includes(value as PayabliCustomerStatus) ? String(value) : { problem: `must be a customer status: ${PAYABLI_CUSTOMER_STATUSES.join(', ')}` };
  }
  if (field === 'createdDate') {
    if (value instanceof Date) return Number.isNaN(value.getTime()) ? { problem: 'must be a valid date' } : value.toISOString().slice(0, 19);
    return typeof value === 'string' && ISO_DATE.test(value) ? value : { problem: 'must be a Date or an ISO 8601 string (YYYY-MM-DD or YYYY-MM-DDTHH:mm:ss)' };
  }
  if (field === 'balance' || field === 'orgId' || field === 'paypointId') {
    return typeof value === 'number' && Number.isFinite(value) ? String(value) : { problem: 'must be a finite number' };
  }
  if (typeof value !== 'string' || value === '') return { problem: 'must be a non-empty string' };
  return value;
}
