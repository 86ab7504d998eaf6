import { ValidationError, fillPath } from '@clientele/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CUSTOMER_FILTER_FIELDS, serializeFilters, type CustomerFilters } from './payabli-filters.js';
import { buildListQuery } from './resources/customer-list.js';

const issuesOf = (filters: unknown, raw?: unknown) => {
  try {
    serializeFilters(filters as CustomerFilters, raw as never, 'customers.list');
  } catch (error) {
    expect(error).toBeInstanceOf(ValidationError);
    return (error as ValidationError).issues;
  }
  return [];
};

/** Hostile text: any Unicode, emoji, slashes, &, =, #, %, +, ?, spaces; never `|` (the list separator). */
const hostile = fc.string({ unit: 'binary', minLength: 1, maxLength: 40 }).filter((text) => !text.includes('|'));

describe('serializeFilters', () => {
  it('writes field(condition) keys, | separated lists, ISO dates without milliseconds', () => {
    expect(
      serializeFilters(
        { status: { in: [1, 0], ne: -99 }, lastname: { ct: 'Love' }, createdDate: { ge: new Date('2026-03-04T05:06:07.890Z') }, balance: { gt: 0 }, 'additional-clientId': { eq: 'c-9' }, email: undefined },
        { 'paypointId(eq)': 255 },
        'customers.list',
      ),
    ).toEqual([
      ['status(in)', '1|0'],
      ['status(ne)', '-99'],
      ['lastname(ct)', 'Love'],
      ['createdDate(ge)', '2026-03-04T05:06:07'],
      ['balance(gt)', '0'],
      ['additional-clientId(eq)', 'c-9'],
      ['paypointId(eq)', '255'],
    ]);
  });

  it('refuses what Payabli would silently ignore: unknown fields, wrong casing, conditions a field does not take', () => {
    expect(issuesOf({ customerStatus: { eq: 1 } })[0]!.message).toContain('the status filter is `status`');
    expect(issuesOf({ customerNumber: { eq: 'C-1' } })[0]!.message).toContain('use `customernumber`');
    expect(issuesOf({ nickname: { eq: 'x' } })[0]!.path).toBe('filters.nickname');
    expect(issuesOf({ status: { ct: '1' } })[0]!.message).toBe('is not a condition Payabli allows on status; allowed: in, nin, eq, ne');
    expect(issuesOf({ name: { eq: 'Ada' } })[0]!.message).toContain('allowed: ct, nct');
    expect(issuesOf({}, { 'parameters': '{"status(eq)":"1"}' })[0]!.message).toContain('`parameters` wrapper');
  });

  it('checks values: statuses, dates, numbers, lists', () => {
    const paths = (filters: unknown) => issuesOf(filters).map((issue) => `${issue.path}: ${issue.message}`);
    expect(paths({ status: { eq: 2 } })).toEqual(['filters.status.eq: must be a customer status: -99, 0, 1, 85']);
    expect(paths({ status: { in: [] } })).toEqual(['filters.status.in: must be a non-empty list of values']);
    expect(paths({ status: { eq: [1] } })).toEqual(['filters.status.eq: takes one value; use `in` for a list']);
    expect(paths({ createdDate: { gt: '01/02/2026' } })[0]).toContain('ISO 8601');
    expect(paths({ createdDate: { gt: new Date(Number.NaN) } })[0]).toContain('valid date');
    expect(paths({ balance: { gt: '10' } })[0]).toContain('finite number');
    expect(paths({ email: { eq: '' } })[0]).toContain('non-empty');
    expect(paths({ 'additional-x': { in: ['a'] } })[0]).toContain('allowed: eq, ne, ct, nct');
    expect(paths({ firstname: { ct: 'a' }, email: 'x' })).toEqual(['filters.email: must be an object of conditions, e.g. { eq: … }']);
  });

  it('accepts every documented field with every documented condition', () => {
    const sample = (field: string) => (field === 'status' ? 1 : field === 'createdDate' ? '2026-01-01' : ['balance', 'orgId', 'paypointId'].includes(field) ? 5 : 'v');
    for (const [field, conditions] of Object.entries(CUSTOMER_FILTER_FIELDS)) {
      for (const condition of conditions) {
        const value = condition === 'in' || condition === 'nin' ? [sample(field)] : sample(field);
        expect(serializeFilters({ [field]: { [condition]: value } } as CustomerFilters, undefined, 'test')).toEqual([[`${field}(${condition})`, String(value)]]);
      }
    }
  });
});

describe('hostile values on the wire (property-based)', () => {
  it('every filter value survives the query string byte for byte, and cannot add or change a parameter', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom('email', 'firstname', 'company', 'additional-note'), fc.constantFrom('eq', 'ct', 'nct', 'ne'), hostile), { minLength: 1, maxLength: 4 }), (entries) => {
        const filters: Record<string, Record<string, string>> = {};
        for (const [field, condition, value] of entries) (filters[field] ??= {})[condition] = value;
        const pairs = serializeFilters(filters as CustomerFilters, undefined, 'test');
        const query = buildListQuery(20, 50, 'desc(createdDate)', pairs);
        const parsed = [...new URLSearchParams(query.slice(1))];
        expect(parsed).toEqual([['fromRecord', '20'], ['limitRecord', '50'], ['sortBy', 'desc(createdDate)'], ...pairs]);
        expect(new URL(`https://api-sandbox.payabli.com/api/Query/customers/x${query}`).pathname).toBe('/api/Query/customers/x');
      }),
      { numRuns: 150 },
    );
  });

  it('list values keep their | separators and each item round-trips', () => {
    fc.assert(
      fc.property(fc.array(hostile, { minLength: 1, maxLength: 5 }), (items) => {
        const pairs = serializeFilters({ email: {} } as CustomerFilters, undefined, 'test').concat([['status(in)', items.join('|')]]);
        const query = buildListQuery(0, 20, undefined, pairs);
        const parsed = new URLSearchParams(query.slice(1));
        expect(parsed.get('status(in)')!.split('|')).toEqual(items);
      }),
      { numRuns: 100 },
    );
  });

  it('path parameters are encoded so no id can leave its segment', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', minLength: 1, maxLength: 40 }).filter((text) => text !== '.' && text !== '..'), (transId) => {
        const path = fillPath('/Customer/link/{customerId}/{transId}', { customerId: 4440, transId });
        const url = new URL(`https://api-sandbox.payabli.com/api${path}`);
        const segments = url.pathname.split('/');
        expect(segments.slice(0, 5)).toEqual(['', 'api', 'Customer', 'link', '4440']);
        expect(segments).toHaveLength(6);
        expect(decodeURIComponent(segments[5]!)).toBe(transId);
        expect(url.search).toBe('');
        expect(url.hash).toBe('');
      }),
      { numRuns: 150 },
    );
  });

  it('refuses empty and dot-segment ids', () => {
    for (const bad of ['', '.', '..']) expect(() => fillPath('/Customer/link/{customerId}/{transId}', { customerId: 1, transId: bad })).toThrow(ValidationError);
  });
});
