import { describe, expect, it } from 'vitest';
import { ClienteleError } from '../errors/clientele-error.js';
import { byOffset, byPageNumber, paginate, Paginator, type PageContext } from './paginate.js';

const range = (start: number, end: number) => Array.from({ length: Math.max(0, end - start) }, (_, index) => start + index);

/** A cursor-paginated fake collection of `size` numbers; `calls` records every requested cursor. */
function cursorSource(size: number, pageSize: number) {
  const calls: string[] = [];
  const contexts: PageContext[] = [];
  return {
    calls,
    contexts,
    async fetchPage(cursor: string, context: PageContext) {
      calls.push(cursor);
      contexts.push(context);
      const start = cursor === 'start' ? 0 : Number(cursor.slice(4));
      const end = Math.min(start + pageSize, size);
      return { items: range(start, end), next: end < size ? `from${end}` : undefined };
    },
  };
}

async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const items: T[] = [];
  for await (const item of iterable) items.push(item);
  return items;
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => expect.fail('expected a rejection'),
    (error: unknown) => error,
  );
}

describe('paginate', () => {
  it('fetches nothing until iterated', async () => {
    const source = cursorSource(10, 3);
    const paginator = paginate({ first: 'start', fetchPage: source.fetchPage });
    expect(paginator).toBeInstanceOf(Paginator);
    await Promise.resolve();
    expect(source.calls).toEqual([]);
    expect(await collect(paginator)).toEqual(range(0, 10));
    expect(source.calls).toEqual(['start', 'from3', 'from6', 'from9']);
    expect(source.contexts.map((context) => context.pageIndex)).toEqual([0, 1, 2, 3]);
  });

  it('stops exactly at limit and never fetches the page after it', async () => {
    const source = cursorSource(100, 10);
    expect(await collect(paginate({ first: 'start', fetchPage: source.fetchPage, limit: 25 }))).toEqual(range(0, 25));
    expect(source.calls).toHaveLength(3);

    const aligned = cursorSource(100, 10);
    expect(await collect(paginate({ first: 'start', fetchPage: aligned.fetchPage, limit: 20 }))).toEqual(range(0, 20));
    expect(aligned.calls).toHaveLength(2); // limit reached at the end of page 2: page 3 is not requested

    const none = cursorSource(100, 10);
    expect(await collect(paginate({ first: 'start', fetchPage: none.fetchPage, limit: 0 }))).toEqual([]);
    expect(none.calls).toHaveLength(0);
  });

  it('handles an empty first page', async () => {
    let calls = 0;
    const paginator = paginate({ first: 1, fetchPage: async () => (calls++, { items: [] as string[], next: undefined, total: 0 }) });
    expect(await collect(paginator)).toEqual([]);
    expect(await paginator.first()).toBeUndefined();
    expect(await paginator.toArray()).toEqual([]);
    expect(await collect(paginator.pages())).toEqual([{ items: [], pageIndex: 0, total: 0 }]);
    expect(calls).toBe(4);
  });

  it('follows a cursor across empty intermediate pages', async () => {
    const pages: Record<string, { items: string[]; next: string | undefined }> = {
      a: { items: ['one'], next: 'b' },
      b: { items: [], next: 'c' },
      c: { items: ['two'], next: undefined },
    };
    expect(await collect(paginate({ first: 'a', fetchPage: async (cursor: string) => pages[cursor]! }))).toEqual(['one', 'two']);
  });

  it('stops fetching when a for-await loop breaks early', async () => {
    const source = cursorSource(1000, 10);
    const seen: number[] = [];
    for await (const item of paginate({ first: 'start', fetchPage: source.fetchPage })) {
      seen.push(item);
      if (item === 14) break;
    }
    expect(seen).toEqual(range(0, 15));
    expect(source.calls).toEqual(['start', 'from10']);
  });

  it('restarts from the first page on every iteration', async () => {
    const source = cursorSource(7, 3);
    const paginator = paginate({ first: 'start', fetchPage: source.fetchPage, limit: 5 });
    expect(await collect(paginator)).toEqual(range(0, 5));
    expect(await collect(paginator)).toEqual(range(0, 5));
    const pages = paginator.pages();
    expect(await collect(pages)).toEqual([
      { items: [0, 1, 2], pageIndex: 0 },
      { items: [3, 4], pageIndex: 1 },
    ]);
    expect((await collect(pages)).length).toBe(2);
    expect(source.calls).toEqual(['start', 'from3', 'start', 'from3', 'start', 'from3', 'start', 'from3']);
  });

  it('iterates over 10,000 items holding one page at a time', async () => {
    const pageSize = 100;
    let fetches = 0;
    let largestPage = 0;
    const paginator = paginate({
      first: 0,
      async fetchPage(offset: number) {
        fetches++;
        const items = range(offset, Math.min(offset + pageSize, 10_000)).map((id) => ({ id }));
        largestPage = Math.max(largestPage, items.length);
        return { items, next: offset + pageSize < 10_000 ? offset + pageSize : undefined };
      },
    });
    let count = 0;
    let sum = 0;
    const fetchesWhenSeen: number[] = [];
    for await (const item of paginator) {
      count++;
      sum += item.id;
      if (item.id % pageSize === 0) fetchesWhenSeen.push(fetches);
    }
    expect(count).toBe(10_000);
    expect(sum).toBe((9_999 * 10_000) / 2);
    expect(fetches).toBe(100);
    expect(largestPage).toBe(pageSize);
    // Page n+1 is only requested after every item of page n was consumed: one page at a time.
    expect(fetchesWhenSeen).toEqual(range(1, 101));
  });

  it('passes the signal and rejects with an aborted ClienteleError when it fires', async () => {
    const controller = new AbortController();
    const source = cursorSource(100, 10);
    const seen: number[] = [];
    const error = await rejection(
      (async () => {
        for await (const item of paginate({ first: 'start', fetchPage: source.fetchPage, signal: controller.signal })) {
          seen.push(item);
          if (item === 12) controller.abort();
        }
      })(),
    );
    expect(ClienteleError.isInstance(error) && error.kind).toBe('aborted');
    expect(seen).toEqual(range(0, 13)); // the rest of the page in memory is not yielded, and no page is fetched
    expect(source.calls).toEqual(['start', 'from10']);
    expect(source.contexts[0]!.signal).toBe(controller.signal);
  });

  it('rejects while a page request that ignores the signal is still pending', async () => {
    const controller = new AbortController();
    let started!: () => void;
    const requestStarted = new Promise<void>((resolve) => (started = resolve));
    const paginator = paginate<number, number>({
      first: 0,
      fetchPage: () => {
        started();
        return new Promise(() => {}); // never settles
      },
      signal: controller.signal,
    });
    const pending = paginator.first();
    await requestStarted;
    controller.abort(new Error('user left the page'));
    const error = await rejection(pending);
    expect(ClienteleError.isInstance(error) && error.kind).toBe('aborted');
    expect((error as ClienteleError).retryable).toBe(false);
  });

  it('turns an AbortError thrown by the page request into an aborted ClienteleError', async () => {
    const controller = new AbortController();
    const paginator = paginate<number, number>({
      first: 0,
      fetchPage: (_cursor, context) =>
        new Promise((_resolve, reject) => context.signal!.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')))),
      signal: controller.signal,
    });
    const pending = paginator.toArray();
    await new Promise((resolve) => setTimeout(resolve, 0));
    controller.abort();
    const error = await rejection(pending);
    expect(ClienteleError.isInstance(error) && error.kind).toBe('aborted');
  });

  it('does not fetch at all when the signal is already aborted', async () => {
    const source = cursorSource(10, 3);
    const error = await rejection(paginate({ first: 'start', fetchPage: source.fetchPage, signal: AbortSignal.abort() }).first());
    expect(ClienteleError.isInstance(error) && error.kind).toBe('aborted');
    expect(source.calls).toEqual([]);
  });

  it('passes page request errors through unchanged', async () => {
    const failure = new Error('provider down');
    await expect(paginate({ first: 0, fetchPage: async () => Promise.reject(failure) }).first()).rejects.toBe(failure);
    await expect(
      paginate({
        first: 0,
        fetchPage: () => {
          throw failure;
        },
      }).first(),
    ).rejects.toBe(failure);
  });

  it('refuses a cursor that points to the same page again', async () => {
    const error = await rejection(paginate({ first: 'x', fetchPage: async () => ({ items: [1], next: 'x' }) }).toArray());
    expect(ClienteleError.isInstance(error) && error.kind).toBe('invalid_response');
  });

  it('refuses a page without an items array', async () => {
    const paginator = paginate({ first: 0, fetchPage: async () => ({ next: undefined }) as never });
    const error = await rejection(paginator.first());
    expect(ClienteleError.isInstance(error) && error.kind).toBe('invalid_response');
  });

  it('validates limit up front', () => {
    for (const limit of [-1, 1.5, Number.NaN]) {
      expect(() => paginate({ first: 0, fetchPage: async () => ({ items: [], next: undefined }), limit })).toThrow(/limit: must be a non-negative integer/);
    }
    expect(() => paginate({ first: 0, fetchPage: async () => ({ items: [], next: undefined }), limit: Number.POSITIVE_INFINITY })).not.toThrow();
  });
});

describe('Paginator.toArray', () => {
  it('collects everything up to max', async () => {
    expect(await paginate({ first: 'start', fetchPage: cursorSource(25, 10).fetchPage }).toArray()).toEqual(range(0, 25));
    expect(await paginate({ first: 'start', fetchPage: cursorSource(25, 10).fetchPage }).toArray({ max: 25 })).toEqual(range(0, 25));
  });

  it('throws a validation error that explains the way out when more than max items exist', async () => {
    const source = cursorSource(30, 10);
    const error = await rejection(paginate({ first: 'start', fetchPage: source.fetchPage }).toArray({ max: 15 }));
    expect(ClienteleError.isInstance(error) && error.kind).toBe('validation');
    expect((error as Error).message).toMatch(/more than 15 items/);
    expect((error as Error).message).toMatch(/larger max/);
    expect((error as Error).message).toMatch(/for await/);
    expect(source.calls).toHaveLength(2);
  });

  it('defaults max to 10,000', async () => {
    const paginator = paginate({ first: 0, fetchPage: async (offset: number) => ({ items: range(offset, offset + 1000), next: offset + 1000 }) });
    await expect(paginator.toArray()).rejects.toThrow(/more than 10000 items/);
    const limited = paginate({ first: 0, limit: 10_000, fetchPage: async (offset: number) => ({ items: range(offset, offset + 1000), next: offset + 1000 }) });
    expect(await limited.toArray()).toHaveLength(10_000);
  });
});

describe('Paginator.first', () => {
  it('fetches only the first page', async () => {
    const source = cursorSource(100, 10);
    expect(await paginate({ first: 'start', fetchPage: source.fetchPage }).first()).toBe(0);
    expect(source.calls).toEqual(['start']);
  });
});

/** A page-numbered fake collection of `size` items; `calls` records [page, pageSize]. */
function pagedSource(size: number, options: { reportTotal?: boolean; firstPage?: number } = {}) {
  const calls: [number, number][] = [];
  const firstPage = options.firstPage ?? 1;
  return {
    calls,
    async fetch(page: number, pageSize: number) {
      calls.push([page, pageSize]);
      const items = range((page - firstPage) * pageSize, Math.min((page - firstPage + 1) * pageSize, size));
      return options.reportTotal ? { items, total: size } : { items };
    },
  };
}

describe('byPageNumber', () => {
  it('stops after a short page', async () => {
    const source = pagedSource(25);
    expect(await collect(byPageNumber({ pageSize: 10, fetch: source.fetch }))).toEqual(range(0, 25));
    expect(source.calls).toEqual([
      [1, 10],
      [2, 10],
      [3, 10],
    ]);
  });

  it('needs one empty page to find the end when the size is a multiple of pageSize and no total is reported', async () => {
    const source = pagedSource(20);
    expect(await collect(byPageNumber({ pageSize: 10, fetch: source.fetch }))).toEqual(range(0, 20));
    expect(source.calls.map(([page]) => page)).toEqual([1, 2, 3]);
  });

  it('stops as soon as total is reached', async () => {
    const source = pagedSource(20, { reportTotal: true });
    const paginator = byPageNumber({ pageSize: 10, fetch: source.fetch });
    expect(await collect(paginator)).toEqual(range(0, 20));
    expect(source.calls.map(([page]) => page)).toEqual([1, 2]);
    expect((await collect(paginator.pages())).map((page) => page.total)).toEqual([20, 20]);
  });

  it('handles an empty collection', async () => {
    const source = pagedSource(0, { reportTotal: true });
    expect(await byPageNumber({ pageSize: 10, fetch: source.fetch }).toArray()).toEqual([]);
    expect(source.calls).toEqual([[1, 10]]);
  });

  it('stops at limit with pageSize unchanged and no page beyond it', async () => {
    const source = pagedSource(1000);
    expect(await byPageNumber({ pageSize: 10, fetch: source.fetch, limit: 25 }).toArray()).toEqual(range(0, 25));
    expect(source.calls).toEqual([
      [1, 10],
      [2, 10],
      [3, 10],
    ]);
    const aligned = pagedSource(1000);
    await byPageNumber({ pageSize: 10, fetch: aligned.fetch, limit: 30 }).toArray();
    expect(aligned.calls).toHaveLength(3);
  });

  it('supports zero-based page numbers', async () => {
    const source = pagedSource(15, { firstPage: 0, reportTotal: true });
    expect(await byPageNumber({ pageSize: 10, startPage: 0, fetch: source.fetch }).toArray()).toEqual(range(0, 15));
    expect(source.calls.map(([page]) => page)).toEqual([0, 1]);
  });

  it('passes pageIndex and the signal in the context', async () => {
    const controller = new AbortController();
    const contexts: PageContext[] = [];
    await byPageNumber({
      pageSize: 2,
      signal: controller.signal,
      fetch: async (page, _pageSize, context) => (contexts.push(context), { items: page < 3 ? ['a', 'b'] : [] }),
    }).toArray();
    expect(contexts.map((context) => [context.pageIndex, context.signal === controller.signal])).toEqual([
      [0, true],
      [1, true],
      [2, true],
    ]);
  });

  it('validates its options up front', () => {
    const fetch = async () => ({ items: [] });
    expect(() => byPageNumber({ pageSize: 0, fetch })).toThrow(/pageSize: must be a positive integer/);
    expect(() => byPageNumber({ pageSize: 10, startPage: -1, fetch })).toThrow(/startPage/);
    expect(() => byPageNumber({ pageSize: 10, limit: -5, fetch })).toThrow(/limit/);
  });
});

describe('byOffset', () => {
  const offsetSource = (size: number, reportTotal = false) => {
    const calls: [number, number][] = [];
    return {
      calls,
      async fetch(offset: number, pageSize: number) {
        calls.push([offset, pageSize]);
        const items = range(offset, Math.min(offset + pageSize, size));
        return reportTotal ? { items, total: size } : { items };
      },
    };
  };

  it('advances by the number of items returned and stops after a short page', async () => {
    const source = offsetSource(25);
    expect(await byOffset({ pageSize: 10, fetch: source.fetch }).toArray()).toEqual(range(0, 25));
    expect(source.calls).toEqual([
      [0, 10],
      [10, 10],
      [20, 10],
    ]);
  });

  it('stops at total, at limit, and honours startOffset', async () => {
    const withTotal = offsetSource(30, true);
    expect(await byOffset({ pageSize: 10, fetch: withTotal.fetch }).toArray()).toHaveLength(30);
    expect(withTotal.calls.map(([offset]) => offset)).toEqual([0, 10, 20]);

    const limited = offsetSource(1000);
    expect(await byOffset({ pageSize: 10, startOffset: 5, limit: 12, fetch: limited.fetch }).toArray()).toEqual(range(5, 17));
    expect(limited.calls).toEqual([
      [5, 10],
      [15, 10],
    ]);
  });

  it('keeps going when the provider returns more items than pageSize', async () => {
    const calls: number[] = [];
    const items = await byOffset({
      pageSize: 2,
      fetch: async (offset) => (calls.push(offset), { items: range(offset, Math.min(offset + 3, 7)) }),
    }).toArray();
    expect(items).toEqual(range(0, 7));
    expect(calls).toEqual([0, 3, 6]);
  });
});
