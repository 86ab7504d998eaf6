import type { PayabliCustomerRecord } from '../schemas/customer-record.js';

type Accessor = (record: PayabliCustomerRecord, paypointIds: ReadonlyMap<string, number>) => unknown;

const field = (key: string): Accessor => (record) => (record as Record<string, unknown>)[key];

/** Filter field (as Payabli reads it on `/Query/customers`) → value on a record (spec §4.5). */
const FIELDS: Record<string, Accessor> = {
  createdDate: field('Created'),
  customernumber: field('customerNumber'),
  firstname: field('Firstname'),
  lastname: field('Lastname'),
  name: (record) => [record.Firstname, record.Lastname].filter(Boolean).join(' '),
  address: field('Address'),
  city: field('City'),
  country: field('Country'),
  zip: field('Zip'),
  state: field('State'),
  shippingaddress: field('ShippingAddress'),
  shippingcity: field('ShippingCity'),
  shippingcountry: field('ShippingCountry'),
  shippingzip: field('ShippingZip'),
  shippingstate: field('ShippingState'),
  phone: field('Phone'),
  email: field('Email'),
  company: field('Company'),
  username: field('customerUsername'),
  balance: field('Balance'),
  status: field('customerStatus'),
  orgId: field('ParentOrgId'),
  paypointId: (record, ids) => ids.get(String(record.PaypointEntryname)),
  paypointLegal: field('PaypointLegalname'),
  paypointDba: field('PaypointDbaname'),
  orgName: field('ParentOrgName'),
};

interface Filter {
  accessor: Accessor;
  condition: string;
  value: string;
}

/** The filters of a query string, read as Payabli does: `field(condition)=value`; unknown fields (and `parameters=…`) are ignored. */
export function readFilters(search: URLSearchParams): Filter[] {
  const filters: Filter[] = [];
  for (const [key, value] of search) {
    const match = /^([A-Za-z][A-Za-z0-9_.-]*)\(([a-z]*)\)$/.exec(key);
    if (!match) continue;
    const [, name = '', condition = ''] = match;
    const custom = /^additional-(.+)$/.exec(name)?.[1];
    const accessor: Accessor | undefined = custom !== undefined ? (record) => (record.AdditionalFields as Record<string, unknown> | null)?.[custom] : FIELDS[name];
    if (accessor) filters.push({ accessor, condition: condition || 'eq', value });
  }
  return filters;
}

/** Whether a record passes every filter (AND). Strings compare case-insensitively; numbers and dates by value. */
export function matchesAll(record: PayabliCustomerRecord, filters: readonly Filter[], paypointIds: ReadonlyMap<string, number>): boolean {
  return filters.every((filter) => matches(filter.accessor(record, paypointIds), filter.condition, filter.value));
}

function matches(actual: unknown, condition: string, expected: string): boolean {
  const present = actual !== undefined && actual !== null && actual !== '';
  switch (condition) {
    case 'eq':
      return present && compare(actual, expected) === 0;
    case 'ne':
      return !present || compare(actual, expected) !== 0;
    case 'gt':
      return present && compare(actual, expected) > 0;
    case 'ge':
      return present && compare(actual, expected) >= 0;
    case 'lt':
      return present && compare(actual, expected) < 0;
    case 'le':
      return present && compare(actual, expected) <= 0;
    case 'ct':
      return present && String(actual).toLowerCase().includes(expected.toLowerCase());
    case 'nct':
      return !present || !String(actual).toLowerCase().includes(expected.toLowerCase());
    case 'in':
      return present && expected.split('|').some((item) => compare(actual, item) === 0);
    case 'nin':
      return !present || expected.split('|').every((item) => compare(actual, item) !== 0);
    default:
      return true;
  }
}

/** Compares a record value with a query value: numerically, as dates, or as case-insensitive text. */
export function compare(actual: unknown, expected: string): number {
  if (typeof actual === 'number') {
    const number = Number(expected);
    return Number.isNaN(number) ? String(actual).localeCompare(expected) : actual - number;
  }
  const text = String(actual);
  if (/^\d{4}-\d{2}-\d{2}/.test(text) && /^\d{4}-\d{2}-\d{2}/.test(expected)) {
    const left = Date.parse(`${text.replace(' ', 'T')}Z`);
    const right = Date.parse(`${expected.length === 10 ? `${expected}T00:00:00` : expected}Z`);
    if (!Number.isNaN(left) && !Number.isNaN(right)) return left - right;
  }
  return text.toLowerCase().localeCompare(expected.toLowerCase());
}

/** Sorts by `asc(field)` / `desc(field)`; an unknown field keeps Payabli's default order (by customerId). */
export function sortRecords(records: PayabliCustomerRecord[], sortBy: string | null, paypointIds: ReadonlyMap<string, number>): PayabliCustomerRecord[] {
  const match = sortBy ? /^(asc|desc)\(([A-Za-z0-9_-]+)\)$/.exec(sortBy) : null;
  const accessor = match ? FIELDS[match[2]!] : undefined;
  if (!match || !accessor) return records;
  const direction = match[1] === 'desc' ? -1 : 1;
  return [...records].sort((a, b) => {
    const left = accessor(a, paypointIds);
    const right = accessor(b, paypointIds);
    if (left === right) return a.customerId - b.customerId;
    if (left === null || left === undefined) return 1;
    if (right === null || right === undefined) return -1;
    return direction * compare(left, String(right));
  });
}
