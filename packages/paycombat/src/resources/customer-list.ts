import { ClienteleError, paginate, parseResponse, type Paginator, type RawResponse } from '@clientele/core';
import { customerSchema } from '../schemas/customer-response.js';
import type { Customer } from '../schemas/customer-types.js';

/** One page of Get All Customer. */
export interface CustomerPage {
  items: Customer[];
  /** The page number requested (1-based). */
  page: number;
  /** The page size requested (`limit`). */
  pageSize: number;
  /** Total customers, when Paycombat reports it (`total`). */
  total?: number;
  /** The last page number, when Paycombat reports it (`last_page`). */
  lastPage?: number;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function numberField(record: Record<string, unknown>, ...names: string[]): number | undefined {
  for (const name of names) {
    const value = Number(record[name]);
    if (record[name] !== undefined && record[name] !== null && Number.isFinite(value)) return value;
  }
  return undefined;
}

/**
 * Reads a page in any of the shapes spec §8.3 allows: an array of customers, or an object holding the array in
 * `data`, `items`, `customers` or `list`, with optional `total` and `last_page`.
 */
export function readCustomerPage(data: unknown, request: { page: number; pageSize: number }, response: RawResponse): CustomerPage {
  const container = isRecord(data) ? data : undefined;
  const list = Array.isArray(data) ? data : [container?.data, container?.items, container?.customers, container?.list].find(Array.isArray);
  if (!Array.isArray(list)) {
    throw new ClienteleError({
      kind: 'invalid_response',
      provider: 'paycombat',
      status: response.status,
      requestId: response.requestId,
      message: 'paycombat customers.list: the response holds no list of customers (expected an array, or data/items/customers). The list path is an assumption (spec U3): check `paths.listCustomers`.',
    });
  }
  const context = { operation: 'paycombat customers.list', provider: 'paycombat', requestId: response.requestId, status: response.status };
  const items = list.map((item) => parseResponse(customerSchema, item, context) as Customer);
  const page: CustomerPage = { items, ...request };
  const total = container && numberField(container, 'total', 'total_count', 'count');
  const lastPage = container && numberField(container, 'last_page', 'total_pages', 'lastPage');
  if (total !== undefined) page.total = total;
  if (lastPage !== undefined) page.lastPage = lastPage;
  return page;
}

/** The page after `page`, or `undefined` when `page` is the last one. */
export function nextPage(page: CustomerPage, startPage: number): number | undefined {
  if (page.items.length < page.pageSize) return undefined;
  // More items than asked for: the endpoint ignores `limit` and returned everything at once.
  if (page.items.length > page.pageSize) return undefined;
  if (page.lastPage !== undefined && page.page >= page.lastPage) return undefined;
  if (page.total !== undefined && (page.page - startPage + 1) * page.pageSize >= page.total) return undefined;
  return page.page + 1;
}

/**
 * Iterates over every customer, page by page, tolerating an endpoint that ignores `page` (a page that starts
 * with the previous page's first customer ends the iteration) and capping the pages read at `maxPages`.
 */
export function paginateCustomers(options: {
  startPage: number;
  limit: number | undefined;
  maxPages: number;
  signal: AbortSignal | undefined;
  fetchPage(page: number, signal: AbortSignal | undefined): Promise<CustomerPage>;
}): Paginator<Customer> {
  let previousFirst: string | undefined;
  return paginate<Customer, number>({
    first: options.startPage,
    ...(options.limit === undefined ? {} : { limit: options.limit }),
    ...(options.signal === undefined ? {} : { signal: options.signal }),
    async fetchPage(page, context) {
      if (context.pageIndex === 0) previousFirst = undefined;
      if (context.pageIndex >= options.maxPages) {
        throw new ClienteleError({
          kind: 'invalid_response',
          provider: 'paycombat',
          message: `paycombat customers.list stopped after ${options.maxPages} pages (the maxPages safety cap). Pass a larger maxPages, or filter the list.`,
        });
      }
      const result = await options.fetchPage(page, context.signal);
      const first = result.items[0]?.customer_id;
      if (context.pageIndex > 0 && first !== undefined && first === previousFirst) return { items: [], next: undefined };
      previousFirst = first;
      const next = nextPage(result, options.startPage);
      return result.total === undefined ? { items: result.items, next } : { items: result.items, next, total: result.total };
    },
  });
}
