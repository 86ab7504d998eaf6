import { ValidationError, byOffset, paginate, parseResponse, type Paginator, type RequestOptions, type Transport } from '@clientele/core';
import { serializeFilters, type CustomerFilters, type RawFilters } from '../payabli-filters.js';
import type { PayabliCustomerRecord } from '../schemas/customer-record.js';
import { canonicalQuery, customerQuerySchema } from '../schemas/envelopes.js';

/** Payabli's default page size (`limitRecord`, spec §4.5). */
const DEFAULT_PAGE_SIZE = 20;

/** A `sortBy` value: `asc(field)` or `desc(field)`, with a filter field name (spec §13 #13), e.g. `desc(createdDate)`. */
export type CustomerSort = `asc(${string})` | `desc(${string})`;

/** Parameters of `customers.list` and `customers.listForOrganization`. */
export interface CustomerListParams {
  /** Typed filters, sent as `field(condition)=value` (see {@link CustomerFilters}). */
  filters?: CustomerFilters | undefined;
  /** Extra filters sent verbatim, e.g. `{ 'additional-clientId(eq)': 'c-1' }`. */
  rawFilters?: RawFilters | undefined;
  sortBy?: CustomerSort | undefined;
  /**
   * Records per request (`limitRecord`), a whole number from 1 to 10 000. `'all'` sends `limitRecord=0`, which
   * makes Payabli return every matching record in one response; it is never sent otherwise. @default 20
   */
  pageSize?: number | 'all' | undefined;
  /** Records to skip before the first page (`fromRecord` of the first request). @default 0 */
  offset?: number | undefined;
  /** Most records yielded in total; no page is requested once reached. @default unlimited */
  limit?: number | undefined;
}

/**
 * A lazy, restartable iterator over a customer query: `fromRecord` advances by the records received,
 * and paging stops after a short page or once `Summary.totalRecords` is reached (spec §4.5).
 */
export function listCustomers(transport: Transport, operation: string, path: string, params: CustomerListParams = {}, options: RequestOptions = {}): Paginator<PayabliCustomerRecord> {
  const filters = serializeFilters(params.filters, params.rawFilters, operation);
  const { pageSize = DEFAULT_PAGE_SIZE, offset = 0, sortBy, limit } = params;
  const issues = [];
  if (pageSize !== 'all' && (!Number.isSafeInteger(pageSize) || pageSize < 1 || pageSize > 10_000)) {
    issues.push({ path: 'pageSize', message: "must be a whole number from 1 to 10000, or 'all' to fetch every record in one request (limitRecord=0)" });
  }
  if (!Number.isSafeInteger(offset) || offset < 0) issues.push({ path: 'offset', message: 'must be a non-negative whole number' });
  if (sortBy !== undefined && !/^(?:asc|desc)\([A-Za-z][A-Za-z0-9_-]*\)$/.test(sortBy)) issues.push({ path: 'sortBy', message: 'must be asc(field) or desc(field), e.g. desc(createdDate)' });
  if (issues.length > 0) throw new ValidationError({ provider: 'payabli', operation, issues });

  const fetchPage = async (fromRecord: number, limitRecord: number, signal: AbortSignal | undefined) => {
    const query = buildListQuery(fromRecord, limitRecord, sortBy, filters);
    const { data, response } = await transport.request({ operation, method: 'GET', path, query, options: { ...options, signal: signal ?? options.signal } });
    const page = parseResponse(customerQuerySchema, canonicalQuery(data), { operation: `payabli ${operation}`, provider: 'payabli', requestId: response.requestId, status: response.status });
    const total = page.Summary?.totalRecords;
    return total == null ? { items: page.Records ?? [] } : { items: page.Records ?? [], total };
  };

  if (pageSize === 'all') {
    return paginate({ first: offset, limit, signal: options.signal, fetchPage: async (from, context) => ({ ...(await fetchPage(from, 0, context.signal)), next: undefined }) });
  }
  return byOffset({ pageSize, startOffset: offset, limit, signal: options.signal, fetch: (from, size, context) => fetchPage(from, size, context.signal) });
}

/**
 * The query string of one list request: `fromRecord`, `limitRecord`, `sortBy`, then each filter as a bare
 * `field(condition)=value` parameter. Keys keep `(` `)` readable and list values keep their `|` separators,
 * as in Payabli's docs; everything else is percent-encoded.
 */
export function buildListQuery(fromRecord: number, limitRecord: number, sortBy: string | undefined, filters: readonly [string, string][]): string {
  const encode = (text: string) => encodeURIComponent(text).replace(/%7C/gi, '|');
  const pairs: [string, string][] = [['fromRecord', String(fromRecord)], ['limitRecord', String(limitRecord)]];
  if (sortBy !== undefined) pairs.push(['sortBy', sortBy]);
  pairs.push(...filters);
  return `?${pairs.map(([key, value]) => `${encode(key)}=${encode(value)}`).join('&')}`;
}
