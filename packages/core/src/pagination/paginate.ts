import { ClienteleError } from '../errors/clientele-error.js';
import { ValidationError } from '../errors/validation-error.js';

/** What one page request returns to {@link paginate}. */
export interface PageResult<T, C> {
  /** The items of this page, in order. */
  items: T[];
  /** The cursor of the following page; `undefined` when this page is the last one. */
  next: C | undefined;
  /** Total number of items in the whole collection, when the provider reports it. */
  total?: number;
}

/** Passed to every page request. */
export interface PageContext {
  /** The caller's signal: forward it to the HTTP request so an abort cancels it. */
  signal?: AbortSignal;
  /** 0 for the first page, then 1, 2, … */
  pageIndex: number;
}

/** Options of {@link paginate}. */
export interface PaginateOptions<T, C> {
  /** The cursor of the first page (a page number, an offset, a token, …). */
  first: C;
  /** Fetches the page at `cursor`. Called lazily, one page at a time, never concurrently. */
  fetchPage(cursor: C, context: PageContext): Promise<PageResult<T, C>>;
  /** Maximum number of items yielded in total; no page is fetched once it is reached. @default unlimited */
  limit?: number;
  /** Aborts the iteration: the pending `next()` rejects with a `ClienteleError` of kind `'aborted'`. */
  signal?: AbortSignal;
}

/** One page as yielded by {@link Paginator.pages}: its items are already cut to the `limit`. */
export interface Page<T> {
  items: T[];
  /** 0 for the first page. */
  pageIndex: number;
  /** Total number of items in the collection, when the provider reports it. */
  total?: number;
}

/** Options of {@link Paginator.toArray}. */
export interface ToArrayOptions {
  /** Most items to collect into memory; more throws a `ClienteleError` of kind `'validation'`. @default 10_000 */
  max?: number;
}

/** Default of {@link ToArrayOptions.max}. */
export const DEFAULT_TO_ARRAY_MAX = 10_000;

/**
 * A lazily fetched, restartable sequence of items spread over pages. Nothing is fetched until iteration starts,
 * and only the current page is held in memory.
 *
 * ```ts
 * for await (const customer of client.customers.list({ limit: 500 })) { … }
 * ```
 *
 * Each `for await` (each call of `[Symbol.asyncIterator]()` or of `pages()[Symbol.asyncIterator]()`) starts again
 * from the first page. A `break` stops fetching.
 */
export class Paginator<T> implements AsyncIterable<T> {
  readonly #options: PaginateOptions<T, unknown>;

  /** Prefer {@link paginate}, {@link byPageNumber} or {@link byOffset}, which validate the options. */
  constructor(options: PaginateOptions<T, unknown>) {
    this.#options = options;
  }

  /** Iterates over items, fetching pages as needed. After an abort, the next step rejects even mid-page. */
  async *[Symbol.asyncIterator](): AsyncIterator<T> {
    const { signal } = this.#options;
    for await (const page of this.pages()) {
      for (const item of page.items) {
        if (signal?.aborted) throw abortedError(signal);
        yield item;
      }
    }
  }

  /** Iterates over whole pages (empty pages included), for batch processing. Items beyond `limit` are cut off. */
  pages(): AsyncIterable<Page<T>> {
    return { [Symbol.asyncIterator]: () => readPages(this.#options) };
  }

  /**
   * Collects every item into an array.
   *
   * @throws ClienteleError of kind `'validation'` when more than `max` items exist: iterate with `for await`
   * instead, or pass a larger `max`.
   */
  async toArray(options: ToArrayOptions = {}): Promise<T[]> {
    const max = options.max ?? DEFAULT_TO_ARRAY_MAX;
    if (!isCount(max)) throw new ValidationError({ operation: 'toArray', issues: [{ path: 'max', message: 'must be a non-negative integer or Infinity' }] });
    const items: T[] = [];
    for await (const item of this) {
      if (items.length >= max) {
        throw new ClienteleError({
          kind: 'validation',
          message: `toArray() stopped: there are more than ${max} items. Pass a larger max, e.g. toArray({ max: ${Math.max(max * 10, 100)} }), or process them with \`for await (const item of …)\`, which holds only one page in memory.`,
        });
      }
      items.push(item);
    }
    return items;
  }

  /** The first item, or `undefined` when there is none. Fetches only as many pages as needed to find it. */
  async first(): Promise<T | undefined> {
    for await (const item of this) return item;
    return undefined;
  }
}

function isCount(value: number): boolean {
  return value === Number.POSITIVE_INFINITY || (Number.isSafeInteger(value) && value >= 0);
}

function abortedError(signal: AbortSignal): ClienteleError {
  return new ClienteleError({ kind: 'aborted', message: 'Pagination was aborted by the caller’s AbortSignal.', cause: signal.reason });
}

/** Settles with `promise`, or rejects as soon as `signal` aborts even if the page request ignores the signal. */
function raceAbort<R>(promise: Promise<R>, signal: AbortSignal | undefined): Promise<R> {
  if (!signal) return promise;
  return new Promise<R>((resolve, reject) => {
    const onAbort = () => reject(abortedError(signal));
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(signal.aborted && !(ClienteleError.isInstance(error) && error.kind === 'aborted') ? abortedError(signal) : error);
      },
    );
  });
}

async function* readPages<T>(options: PaginateOptions<T, unknown>): AsyncGenerator<Page<T>, void, undefined> {
  const { signal } = options;
  const limit = options.limit ?? Number.POSITIVE_INFINITY;
  let cursor = options.first;
  let yielded = 0;
  for (let pageIndex = 0; yielded < limit; pageIndex++) {
    if (signal?.aborted) throw abortedError(signal);
    const context: PageContext = signal ? { signal, pageIndex } : { pageIndex };
    const result = await raceAbort(Promise.resolve().then(() => options.fetchPage(cursor, context)), signal);
    if (!result || !Array.isArray(result.items)) {
      throw new ClienteleError({ kind: 'invalid_response', message: `Page ${pageIndex} has no items array.` });
    }
    const items = result.items.length > limit - yielded ? result.items.slice(0, limit - yielded) : result.items;
    yielded += items.length;
    const page: Page<T> = { items, pageIndex };
    if (result.total !== undefined) page.total = result.total;
    yield page;
    if (result.next === undefined) return;
    if (Object.is(result.next, cursor)) {
      // A provider that returns the same cursor again would make us loop forever.
      throw new ClienteleError({ kind: 'invalid_response', message: `Page ${pageIndex} points to itself as the next page (cursor ${JSON.stringify(cursor)}).` });
    }
    cursor = result.next;
  }
}

function validateLimit(limit: number | undefined, operation: string): void {
  if (limit !== undefined && !isCount(limit)) {
    throw new ValidationError({ operation, issues: [{ path: 'limit', message: 'must be a non-negative integer or Infinity' }] });
  }
}

/**
 * Iterates over a cursor-paginated collection: `fetchPage(first)`, then `fetchPage(next)` until `next` is
 * `undefined` or `limit` items have been yielded. Nothing is fetched before iteration starts.
 *
 * @throws ValidationError (kind `'validation'`) right away when `limit` is not a non-negative integer.
 */
export function paginate<T, C>(options: PaginateOptions<T, C>): Paginator<T> {
  validateLimit(options.limit, 'paginate');
  return new Paginator<T>(options);
}

/** One page as returned by the `fetch` of {@link byPageNumber} and {@link byOffset}. */
export interface NumberedPage<T> {
  items: T[];
  /** Total number of items in the collection, when the provider reports it: saves the request for an empty last page. */
  total?: number;
}

/** Options of {@link byPageNumber}. */
export interface ByPageNumberOptions<T> {
  /** Items per page, as sent to the provider; a positive integer. Always passed unchanged, even for the last page. */
  pageSize: number;
  /**
   * Number of the first page (use 0 for zero-based APIs). `total` is compared with the items seen since this
   * page, so starting later than the API's first page costs at most one extra request, never an item. @default 1
   */
  startPage?: number;
  /** Fetches page `page` of `pageSize` items. */
  fetch(page: number, pageSize: number, context: PageContext): Promise<NumberedPage<T>>;
  /** Maximum number of items yielded in total. @default unlimited */
  limit?: number;
  /** Aborts the iteration with a `ClienteleError` of kind `'aborted'`. */
  signal?: AbortSignal;
}

/** Options of {@link byOffset}. */
export interface ByOffsetOptions<T> {
  /** Items per request, as sent to the provider; a positive integer. Always passed unchanged, even for the last page. */
  pageSize: number;
  /** Offset of the first item, counted from 0. @default 0 */
  startOffset?: number;
  /** Fetches `pageSize` items starting at `offset`. */
  fetch(offset: number, pageSize: number, context: PageContext): Promise<NumberedPage<T>>;
  /** Maximum number of items yielded in total. @default unlimited */
  limit?: number;
  /** Aborts the iteration with a `ClienteleError` of kind `'aborted'`. */
  signal?: AbortSignal;
}

function validateNumbered(pageSize: number, start: number, startName: string, limit: number | undefined, operation: string): void {
  const issues = [];
  if (!Number.isSafeInteger(pageSize) || pageSize <= 0) issues.push({ path: 'pageSize', message: 'must be a positive integer' });
  if (!Number.isSafeInteger(start) || start < 0) issues.push({ path: startName, message: 'must be a non-negative integer' });
  if (issues.length > 0) throw new ValidationError({ operation, issues });
  validateLimit(limit, operation);
}

/**
 * Iterates over a collection paged by page number (`?page=2&per_page=50`).
 *
 * Stops after a page with fewer than `pageSize` items, once `total` (when reported) is reached, or at `limit`;
 * it never fetches a page once `limit` items have been yielded.
 */
export function byPageNumber<T>(options: ByPageNumberOptions<T>): Paginator<T> {
  const { pageSize, limit, signal } = options;
  const startPage = options.startPage ?? 1;
  validateNumbered(pageSize, startPage, 'startPage', limit, 'byPageNumber');
  return paginate<T, number>({
    first: startPage,
    limit,
    signal,
    async fetchPage(page, context) {
      const { items, total } = await options.fetch(page, pageSize, context);
      const seen = (page - startPage) * pageSize + items.length;
      const last = items.length < pageSize || (total !== undefined && seen >= total);
      return total === undefined ? { items, next: last ? undefined : page + 1 } : { items, next: last ? undefined : page + 1, total };
    },
  });
}

/**
 * Iterates over a collection paged by offset (`?offset=100&limit=50`). The next offset advances by the number of
 * items actually returned.
 *
 * Stops after a page with fewer than `pageSize` items, once `total` (when reported) is reached, or at `limit`;
 * it never fetches a page once `limit` items have been yielded.
 */
export function byOffset<T>(options: ByOffsetOptions<T>): Paginator<T> {
  const { pageSize, limit, signal } = options;
  const startOffset = options.startOffset ?? 0;
  validateNumbered(pageSize, startOffset, 'startOffset', limit, 'byOffset');
  return paginate<T, number>({
    first: startOffset,
    limit,
    signal,
    async fetchPage(offset, context) {
      const { items, total } = await options.fetch(offset, pageSize, context);
      const end = offset + items.length;
      const last = items.length < pageSize || (total !== undefined && end >= total);
      return total === undefined ? { items, next: last ? undefined : end } : { items, next: last ? undefined : end, total };
    },
  });
}
