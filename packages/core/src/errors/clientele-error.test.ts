import { describe, expect, it } from 'vitest';
import { ClienteleError, isClienteleError, sanitizeCause } from './clientele-error.js';
import { TransitionError } from './transition-error.js';
import { ValidationError } from './validation-error.js';

describe('ClienteleError', () => {
  it('is recognised across two copies of the package, where instanceof fails', async () => {
    // A query string makes the bundler load a second, independent instance of the module: the same
    // situation as two versions of @clientele/core installed side by side.
    // @ts-expect-error -- TypeScript cannot type a specifier with a query string; the bundler resolves it.
    const copy = (await import('./clientele-error.ts?second-copy')) as typeof import('./clientele-error.js');
    expect(copy.ClienteleError).not.toBe(ClienteleError);
    const foreign = new copy.ClienteleError({ kind: 'rate_limited', message: 'slow down' });
    expect(foreign instanceof ClienteleError).toBe(false);
    expect(ClienteleError.isInstance(foreign)).toBe(true);
    expect(isClienteleError(foreign, 'rate_limited')).toBe(true);
    expect(isClienteleError(foreign, 'server')).toBe(false);
    expect(copy.ClienteleError.isInstance(new ValidationError({ issues: [] }))).toBe(true);
  });

  it('rejects look-alikes', () => {
    expect(ClienteleError.isInstance(new Error('x'))).toBe(false);
    expect(ClienteleError.isInstance({ kind: 'server', message: 'x' })).toBe(false);
    expect(ClienteleError.isInstance(null)).toBe(false);
  });

  it('keeps only name, message and code of a cause (a ky HTTPError carries the signed request)', () => {
    const cause = Object.assign(new TypeError('fetch failed'), {
      cause: { code: 'ECONNREFUSED' },
      request: { headers: { authorization: 'Bearer sk_live_secret' } },
    });
    const error = new ClienteleError({ kind: 'network', message: 'down', cause });
    expect(error.cause).toEqual({ name: 'TypeError', message: 'fetch failed', code: 'ECONNREFUSED' });
    expect(JSON.stringify(error)).not.toContain('sk_live_secret');
    expect(sanitizeCause('text')).toEqual({ name: 'NonError', message: 'text' });
    expect(sanitizeCause(undefined)).toBeUndefined();
  });

  it('serializes to a secret-free view with every safe field', () => {
    const error = new ClienteleError({ kind: 'conflict', message: 'dup', provider: 'sgate', status: 200, code: 1302, requestId: 'R1', retryable: false, attempts: 2 });
    expect(JSON.parse(JSON.stringify(error))).toEqual({ name: 'ClienteleError', kind: 'conflict', message: 'dup', provider: 'sgate', status: 200, code: 1302, requestId: 'R1', retryable: false, attempts: 2 });
  });
});

describe('ValidationError', () => {
  it('lists every issue in the message and on the error', () => {
    const error = new ValidationError({ operation: 'sgate.customers.create', issues: [{ path: 'email', message: 'must be a valid email' }, { path: 'bank.iban', message: 'is required' }] });
    expect(error.kind).toBe('validation');
    expect(error.message).toBe('Invalid input for sgate.customers.create:\n  - email: must be a valid email\n  - bank.iban: is required');
    expect(JSON.parse(JSON.stringify(error)).issues).toHaveLength(2);
  });
});

describe('TransitionError', () => {
  it('names the allowed moves, or says the state is final', () => {
    const error = new TransitionError({ lifecycle: 'paybase customer', from: 'DISABLED', attempted: 'lock', allowed: ['enable → ENABLED'] });
    expect(error.message).toBe('Cannot lock a paybase customer in state DISABLED. Allowed from DISABLED: enable → ENABLED.');
    const final = new TransitionError({ lifecycle: 'paybase customer', from: 'TERMINATED', attempted: 'enable', allowed: [] });
    expect(final.message).toContain('TERMINATED is final');
    expect(final.toJSON()).toMatchObject({ kind: 'transition', from: 'TERMINATED', attempted: 'enable', allowed: [] });
  });
});
