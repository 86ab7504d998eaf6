import { describe, expect, it } from 'vitest';
import { BASE, ENTRY, ORG_ID, OTHER_ENTRY, rejectionOf, usePayabliMock } from '../test-support.js';
import { buildListQuery } from './customer-list.js';

const payabli = usePayabliMock();

function seed(count: number, entry = ENTRY, status: (index: number) => number = (index) => (index % 2 === 0 ? 1 : 0)) {
  for (let index = 0; index < count; index++) {
    payabli.mock.sandbox.seedCustomer(entry, { customerNumber: `N-${entry}-${index}`, firstname: `First${index}`, lastname: 'Doe', email: `c${index}@${entry}.example`, customerStatus: status(index) });
  }
}

const queries = async () => (await payabli.server.calls()).map((call) => call.url.slice(call.url.indexOf('?')));

describe('customers.list: paging', () => {
  it('pages through more than one page with fromRecord/limitRecord and stops at totalRecords', async () => {
    seed(45);
    const ids = [];
    for await (const customer of payabli.client().customers.list(ENTRY)) ids.push(customer.customerId);
    expect(ids).toHaveLength(45);
    expect(new Set(ids).size).toBe(45);
    expect(await queries()).toEqual(['?fromRecord=0&limitRecord=20', '?fromRecord=20&limitRecord=20', '?fromRecord=40&limitRecord=20']);
  });

  it('does not ask for an empty last page when the total is a multiple of the page size', async () => {
    seed(40);
    expect(await payabli.client().customers.list(ENTRY).toArray()).toHaveLength(40);
    expect(await payabli.server.calls()).toHaveLength(2);
  });

  it('honours pageSize, offset and limit, and never fetches beyond the limit', async () => {
    seed(30);
    const pages = [];
    for await (const page of payabli.client().customers.list(ENTRY, { pageSize: 7, offset: 3, limit: 10 }).pages()) pages.push(page);
    expect(pages.map((page) => page.items.length)).toEqual([7, 3]);
    expect(pages[0]!.total).toBe(30);
    expect(await queries()).toEqual(['?fromRecord=3&limitRecord=7', '?fromRecord=10&limitRecord=7']);
  });

  it("never sends limitRecord=0 unless pageSize 'all' is asked for", async () => {
    seed(25);
    await expect(rejectionOf(Promise.resolve().then(() => payabli.client().customers.list(ENTRY, { pageSize: 0 })))).resolves.toMatchObject({ kind: 'validation', issues: [{ path: 'pageSize' }] });
    const all = await payabli.client().customers.list(ENTRY, { pageSize: 'all' }).toArray();
    expect(all).toHaveLength(25);
    expect(await queries()).toEqual(['?fromRecord=0&limitRecord=0']);
  });

  it('lists an organization across its paypoints', async () => {
    seed(3, ENTRY);
    seed(2, OTHER_ENTRY);
    const customers = await payabli.client().customers.listForOrganization(ORG_ID, { pageSize: 4 }).toArray();
    expect(customers.map((customer) => customer.PaypointEntryname).sort()).toEqual([ENTRY, ENTRY, ENTRY, OTHER_ENTRY, OTHER_ENTRY].sort());
    const calls = await payabli.server.calls();
    expect(calls[0]!.url).toBe(`${BASE}/Query/customers/org/123?fromRecord=0&limitRecord=4`);
  });

  it('is lazy: nothing is requested until iteration starts', async () => {
    seed(3);
    const list = payabli.client().customers.list(ENTRY);
    expect(await payabli.server.calls()).toHaveLength(0);
    expect((await list.first())?.customerId).toBe(4440);
  });

  it('stops when the caller aborts, with an aborted error', async () => {
    seed(45);
    const controller = new AbortController();
    const seen: number[] = [];
    const error = await rejectionOf((async () => {
      for await (const customer of payabli.client().customers.list(ENTRY, {}, { signal: controller.signal })) {
        seen.push(customer.customerId);
        if (seen.length === 5) controller.abort();
      }
    })());
    expect(error).toMatchObject({ kind: 'aborted' });
    expect(seen).toHaveLength(5);
    expect(await payabli.server.calls()).toHaveLength(1);
  });

  it('accepts Records: null as an empty page', async () => {
    const { http } = await import('msw');
    payabli.server.use(http.get(`${BASE}/Query/customers/${ENTRY}`, () => Response.json({ Summary: { totalRecords: 0 }, Records: null })));
    expect(await payabli.client().customers.list(ENTRY).toArray()).toEqual([]);
  });
});

describe('customers.list: filters', () => {
  it('sends status as `status(in)=1|0`, never as customerStatus, and Payabli narrows the result', async () => {
    seed(6, ENTRY, (index) => [1, 0, 85, 1, -99, 0][index]!);
    const found = await payabli.client().customers.list(ENTRY, { filters: { status: { in: [1, 85] } } }).toArray();
    expect(found.map((customer) => customer.customerStatus)).toEqual([1, 85, 1]);
    expect(await queries()).toEqual(['?fromRecord=0&limitRecord=20&status(in)=1|85']);
  });

  it('writes each condition as a bare field(condition)=value parameter, percent-encoding values', async () => {
    seed(4);
    await payabli
      .client()
      .customers.list(ENTRY, {
        filters: { email: { ct: '@8cfec329267.example' }, createdDate: { ge: new Date('2026-01-01T00:00:00Z'), lt: '2030-01-01' }, status: { ne: -99 }, 'additional-tier': { eq: 'gold & silver' } },
        rawFilters: { 'balance(gt)': 10 },
        sortBy: 'desc(createdDate)',
      })
      .toArray();
    expect(await queries()).toEqual([
      '?fromRecord=0&limitRecord=20&sortBy=desc(createdDate)&email(ct)=%408cfec329267.example&createdDate(ge)=2026-01-01T00%3A00%3A00&createdDate(lt)=2030-01-01&status(ne)=-99&additional-tier(eq)=gold%20%26%20silver&balance(gt)=10',
    ]);
  });

  it('filters on a custom field through additional-<name>', async () => {
    payabli.mock.sandbox.seedCustomer(ENTRY, { email: 'a@x.example', additionalFields: { tier: 'gold' } });
    payabli.mock.sandbox.seedCustomer(ENTRY, { email: 'b@x.example', additionalFields: { tier: 'silver' } });
    const found = await payabli.client().customers.list(ENTRY, { filters: { 'additional-tier': { eq: 'gold' } } }).toArray();
    expect(found.map((customer) => customer.Email)).toEqual(['a@x.example']);
  });

  it('sorts as asked', async () => {
    seed(3);
    const found = await payabli.client().customers.list(ENTRY, { sortBy: 'desc(firstname)' }).toArray();
    expect(found.map((customer) => customer.Firstname)).toEqual(['First2', 'First1', 'First0']);
  });

  it('rejects customerStatus (which Payabli would silently ignore) and points to status, before sending', async () => {
    const error = await rejectionOf(Promise.resolve().then(() => payabli.client().customers.list(ENTRY, { filters: { customerStatus: { eq: 1 } } as never })));
    expect(error).toMatchObject({ kind: 'validation', issues: [{ path: 'filters.customerStatus' }] });
    expect(error.message).toContain('the status filter is `status`');
    expect(await payabli.server.calls()).toHaveLength(0);
  });

  it('the mock, like Payabli, ignores customerStatus(eq) and a parameters= wrapper: that is why the SDK refuses them', async () => {
    seed(4);
    const response = await fetch(`${BASE}/Query/customers/${ENTRY}?customerStatus(eq)=1&parameters=${encodeURIComponent('{"status(eq)":"1"}')}`, {
      headers: { requestToken: 'mock-payabli-request-token' },
    });
    expect(((await response.json()) as { Records: unknown[] }).Records).toHaveLength(4);
  });
});

describe('buildListQuery', () => {
  it('keeps ( ) and | readable and encodes the rest', () => {
    expect(buildListQuery(0, 20, 'asc(lastname)', [['status(in)', '1|0'], ['email(eq)', 'a+b@x.io']])).toBe('?fromRecord=0&limitRecord=20&sortBy=asc(lastname)&status(in)=1|0&email(eq)=a%2Bb%40x.io');
  });
});
