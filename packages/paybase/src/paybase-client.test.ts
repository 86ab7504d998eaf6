import { afterEach, describe, expect, it } from 'vitest';
import { createPaybase } from './paybase-client.js';

const KEY = 'pb_live_canary_key_9f8e7d6c5b4a';
const scope = globalThis as { window?: unknown; document?: unknown };
const inPage = typeof scope.window !== 'undefined' && typeof scope.document !== 'undefined';
const base = { apiKey: KEY, environment: 'sandbox', dangerouslyAllowBrowser: true } as const;

/** Pretends to be a browser page in Node and edge-runtime (Chromium is one already). */
function simulatePage(): void {
  if (inPage) return;
  Object.assign(globalThis, { window: globalThis, document: {} });
}
afterEach(() => {
  if (inPage) return;
  delete (globalThis as { window?: unknown }).window;
  delete (globalThis as { document?: unknown }).document;
});

describe('createPaybase: options', () => {
  it('picks the API host of the environment, or baseUrl', () => {
    expect(createPaybase(base).baseUrl).toBe('https://api-json.sandbox.paybase.io');
    expect(createPaybase({ ...base, environment: 'production' }).baseUrl).toBe('https://api-json.paybase.io');
    expect(createPaybase({ ...base, baseUrl: 'https://proxy.example/paybase/' }).baseUrl).toBe('https://proxy.example/paybase');
  });

  it('refuses bad options with a message that names the option and never the key', () => {
    const attempts: [unknown, RegExp][] = [
      [{ ...base, apiKey: '' }, /`apiKey` is required/],
      [{ ...base, apiKey: ` ${KEY}\n` }, /`apiKey` contains spaces or line breaks/],
      [{ ...base, environment: 'live' }, /`environment` must be 'sandbox' or 'production'/],
      [{ ...base, baseUrl: 'not a url' }, /absolute URL/],
      [{ ...base, paths: { 'customers.touch': 'touch' } }, /`paths`/],
      [undefined, /needs an options object/],
    ];
    for (const [options, message] of attempts) {
      let error: unknown;
      try {
        createPaybase(options as never);
      } catch (caught) {
        error = caught;
      }
      expect(error).toMatchObject({ kind: 'configuration', message: expect.stringMatching(message) });
      expect(JSON.stringify(error) + String((error as Error).stack)).not.toContain(KEY);
    }
  });

  it('keeps the key out of everything enumerable, JSON and inspect', () => {
    const client = createPaybase(base);
    expect(JSON.stringify(client)).toBe('{"provider":"paybase","baseUrl":"https://api-json.sandbox.paybase.io","environment":"sandbox"}');
    const inspect = (client as unknown as Record<symbol, () => unknown>)[Symbol.for('nodejs.util.inspect.custom')]!;
    expect(inspect()).toEqual({ provider: 'paybase', baseUrl: 'https://api-json.sandbox.paybase.io', environment: 'sandbox' });
    const seen = new WeakSet<object>();
    const walk = (value: unknown): string => {
      if (typeof value === 'string') return value;
      if (typeof value !== 'object' || value === null || seen.has(value)) return '';
      seen.add(value);
      return Object.values(value).map(walk).join('|');
    };
    expect(walk(client)).not.toContain(KEY);
    expect(Object.isFrozen(client)).toBe(true);
  });
});

describe('createPaybase in a browser page', () => {
  it('refuses to run with an API key unless dangerouslyAllowBrowser is set, and points to /browser', () => {
    simulatePage();
    let error: unknown;
    try {
      createPaybase({ apiKey: KEY, environment: 'sandbox' });
    } catch (caught) {
      error = caught;
    }
    expect(error).toMatchObject({ kind: 'configuration' });
    expect((error as Error).message).toContain('dangerouslyAllowBrowser: true');
    expect((error as Error).message).toContain('@clientele/paybase/browser');
    expect((error as Error).message).not.toContain(KEY);
    expect(() => createPaybase({ apiKey: KEY, environment: 'sandbox', dangerouslyAllowBrowser: true })).not.toThrow();
  });

  it('runs without the flag outside pages (servers, edge runtimes, workers)', () => {
    if (inPage) return;
    expect(() => createPaybase({ apiKey: KEY, environment: 'sandbox' })).not.toThrow();
  });
});
