import { afterEach, describe, expect, it } from 'vitest';
import { assertServerRuntime } from './assert-server-runtime.js';

const scope = globalThis as Record<string, unknown>;
const inPage = typeof scope.window !== 'undefined' && typeof scope.document !== 'undefined';
const added: string[] = [];

/** Pretends to be a browser page in Node and edge-runtime (Chromium is one already). */
function simulate(names: readonly string[]): void {
  for (const name of names) {
    if (typeof scope[name] !== 'undefined') continue;
    Object.defineProperty(globalThis, name, { value: {}, configurable: true, writable: true });
    added.push(name);
  }
}
afterEach(() => {
  for (const name of added.splice(0)) delete scope[name];
});

const check = { provider: 'acme', credentials: 'the Acme API key', alternative: 'Use @clientele/acme/browser instead.' };

describe('assertServerRuntime', () => {
  it('refuses a browser page unless allowed, naming the factory, the secrets, the alternative and the option', () => {
    simulate(['window', 'document']);
    let error: unknown;
    try {
      assertServerRuntime({ ...check, allow: undefined });
    } catch (caught) {
      error = caught;
    }
    expect(error).toMatchObject({ kind: 'configuration', provider: 'acme' });
    const message = (error as Error).message;
    expect(message).toMatch(/^createAcme is running in a browser page/);
    expect(message).toContain('the Acme API key must stay on a server');
    expect(message).toContain('Use @clientele/acme/browser instead.');
    expect(message).toContain('dangerouslyAllowBrowser: true');
    expect(() => assertServerRuntime({ ...check, allow: false })).toThrow(/dangerouslyAllowBrowser/);
    expect(() => assertServerRuntime({ ...check, allow: true })).not.toThrow();
    expect(() => assertServerRuntime({ provider: 'acme', allow: undefined, credentials: 'the key' })).toThrow('Call Acme from your server instead.');
  });

  it('lets servers, edge runtimes and workers (no document) run without the flag', () => {
    if (inPage) return;
    expect(() => assertServerRuntime({ ...check, allow: undefined })).not.toThrow();
    simulate(['window']);
    expect(() => assertServerRuntime({ ...check, allow: undefined })).not.toThrow();
  });
});
