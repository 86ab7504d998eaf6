import { useMockServer } from '#mock-server';
import { sgateFixtures } from '@clientele/sgate/testing';
import { describe, expect, it } from 'vitest';
import { captureLogger, rejectionOf, requestSignatureVerifies, sandboxClient } from './test-support.js';

const server = useMockServer();

function setup(...args: Parameters<typeof sandboxClient>) {
  const context = sandboxClient(...args);
  server.use(...context.sandbox.handlers);
  return context;
}

const paths = async () => (await server.calls()).map((call) => new URL(call.url).pathname.replace('/openApi/v1', ''));

describe('hostile network: a create never yields a duplicate or a false error', () => {
  it('connection reset before SGATE processed the create: retried, one customer', async () => {
    const { sandbox, sgate } = setup();
    sandbox.faults.inject({ kind: 'network_error' }, { path: '/custom/create' });
    const customer = await sgate.customers.create(sgateFixtures.bankCustomer('u-reset-before'));
    expect(customer.mercustomid).toBe('u-reset-before');
    expect(sandbox.customers.size).toBe(1);
    expect(await paths()).toEqual(['/payee/custom/create', '/payee/custom/create']);
  });

  it('connection reset after SGATE processed the create: the retry meets 1302 and the SDK returns the same customer', async () => {
    const { sandbox, sgate } = setup();
    sandbox.faults.inject({ kind: 'reset_after_processing' }, { path: '/custom/create' });
    const { data, response } = await sgate.customers.create(sgateFixtures.bankCustomer('u-reset-after')).withResponse();
    expect(data).toMatchObject({ mercustomid: 'u-reset-after', identity: '1012345678', status: 4 });
    expect(response.url).toContain('/payee/custom/detail?mercustomid=u-reset-after');
    expect(sandbox.customers.size).toBe(1);
    expect(await paths()).toEqual(['/payee/custom/create', '/payee/custom/create', '/payee/custom/detail']);
  });

  it('a timed-out create is retried and reconciled: exactly one customer', async () => {
    const { sandbox, sgate } = setup({}, { timeout: 40 });
    sandbox.faults.inject({ kind: 'timeout', delayMs: 5_000 }, { path: '/custom/create' });
    const customer = await sgate.customers.create(sgateFixtures.stcCustomer('u-timeout'));
    expect(customer.mercustomid).toBe('u-timeout');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(sandbox.customers.all().filter((record) => record.mercustomid === 'u-timeout')).toHaveLength(1);
  });

  it('a GET that keeps timing out fails with kind timeout after bounded retries', async () => {
    const { sandbox, sgate } = setup({}, { timeout: 30, maxRetries: 2 });
    sandbox.faults.inject({ kind: 'timeout', delayMs: 5_000 }, { times: Infinity });
    const error = await rejectionOf(sgate.customers.retrieve({ customid: 'abc' }));
    expect(error).toMatchObject({ kind: 'timeout', attempts: 3, retryable: true });
    expect(await server.calls()).toHaveLength(3);
  });

  it('a verified 1302 with different data after a retry stays a conflict (no false success)', async () => {
    const { sandbox, sgate } = setup();
    await sgate.customers.create(sgateFixtures.bankCustomer('u-taken'));
    sandbox.faults.inject({ kind: 'network_error' }, { path: '/custom/create' });
    const error = await rejectionOf(sgate.customers.create({ ...sgateFixtures.bankCustomer('u-taken'), identity: '9999999999' }));
    expect(error).toMatchObject({ kind: 'conflict', code: 1302, attempts: 2 });
    expect(sandbox.customers.size).toBe(1);
  });

  it('an unsigned 1302 after a retry is not reconciled and makes no claim about different data', async () => {
    const { sandbox, sgate } = setup();
    sandbox.faults.inject({ kind: 'reset_after_processing' }, { path: '/custom/create' });
    sandbox.faults.inject({ kind: 'missing_signature' }, { path: '/custom/create' });
    const error = await rejectionOf(sgate.customers.create(sgateFixtures.bankCustomer('u-unsigned-1302')));
    expect(error).toMatchObject({ kind: 'conflict', code: 1302, verified: false, attempts: 2 });
    const message = (error as Error).message;
    expect(message).toContain('could not be verified');
    expect(message).toContain('An earlier attempt of this call may have created the customer');
    expect(message).toContain('by mercustomid');
    expect(message).not.toContain('different data');
    expect(sandbox.customers.size).toBe(1);
    expect(await paths()).toEqual(['/payee/custom/create', '/payee/custom/create']);
  });
});

describe('rate limits (1212) and server failures', () => {
  it('backs off on a 1212 storm and succeeds when it passes; Retry-After is honoured; every attempt is re-signed', async () => {
    const { logger, lines } = captureLogger();
    const { sandbox, sgate } = setup({}, { maxRetries: 3, logger, logLevel: 'info' });
    sandbox.faults.inject({ kind: 'rate_limit', retryAfterMs: 3 }, { times: 3 });
    const customer = await sgate.customers.create(sgateFixtures.stcCustomer('u-429'));
    expect(customer.mercustomid).toBe('u-429');
    expect(sandbox.customers.size).toBe(1);
    const calls = await server.calls();
    expect(calls).toHaveLength(4);
    expect(new Set(calls.map((call) => call.headers['v-nonce-str'])).size).toBe(4);
    expect(new Set(calls.map((call) => call.body)).size).toBe(1);
    expect(calls.every((call) => requestSignatureVerifies(call, sandbox.clientOptions().apiKey))).toBe(true);
    const retries = lines.filter((line) => line.message === 'retrying');
    expect(retries.map((line) => [line.fields?.code, line.fields?.delayMs, line.fields?.serverRequested])).toEqual([[1212, 3, true], [1212, 3, true], [1212, 3, true]]);
  });

  it('a 5xx burst on create is retried (mercustomid makes it safe) and creates exactly one customer', async () => {
    const { sandbox, sgate } = setup();
    sandbox.faults.inject({ kind: 'server_error', status: 503 }, { times: 2, path: '/custom/create' });
    await expect(sgate.customers.create(sgateFixtures.bankCustomer('u-503'))).resolves.toMatchObject({ mercustomid: 'u-503' });
    expect(sandbox.customers.size).toBe(1);
    expect(await server.calls()).toHaveLength(3);
  });

  it('when the 1302 reconciliation cannot read the customer, the reason is reported, not a false conflict', async () => {
    const { sandbox, sgate } = setup({}, { maxRetries: 1 });
    sandbox.faults.inject({ kind: 'reset_after_processing' }, { path: '/custom/create' });
    sandbox.faults.inject({ kind: 'server_error' }, { path: '/custom/detail', times: 5 });
    const error = await rejectionOf(sgate.customers.create(sgateFixtures.bankCustomer('u-lookup')));
    expect(error).toMatchObject({ kind: 'server', status: 500 });
    expect(sandbox.customers.size).toBe(1);
  });

  it('gives up after maxRetries with kind rate_limited; nothing was created', async () => {
    const { sandbox, sgate } = setup({}, { maxRetries: 2 });
    sandbox.faults.inject({ kind: 'rate_limit', retryAfterSeconds: 0 }, { times: Infinity });
    const error = await rejectionOf(sgate.customers.create(sgateFixtures.stcCustomer('u-storm')));
    expect(error).toMatchObject({ kind: 'rate_limited', code: 1212, attempts: 3, verified: true, retryable: true });
    expect(sandbox.customers.size).toBe(0);
    expect(await server.calls()).toHaveLength(3);
  });

  it('retries a 5xx burst for reads, updates and creates, but never for an OTP submission', async () => {
    const { sandbox, sgate } = setup();
    const created = await sgate.customers.create(sgateFixtures.stcCustomer('u-5xx'));
    sandbox.faults.inject({ kind: 'server_error', status: 503 }, { times: 2, method: 'GET' });
    await expect(sgate.customers.retrieve({ customid: created.customid })).resolves.toMatchObject({ customid: created.customid });
    sandbox.faults.inject({ kind: 'server_error', status: 500 }, { times: 2, path: '/custom/update' });
    await expect(sgate.customers.update({ customid: created.customid, name_e: 'Lina H.' })).resolves.toMatchObject({ name_e: 'Lina H.' });
    sandbox.faults.inject({ kind: 'server_error', status: 501 }, { times: 5, path: '/submitStcAccountOtp' });
    const error = await rejectionOf(sgate.customers.submitStcOtp({ customid: created.customid, code: '123456' }));
    expect(error).toMatchObject({ kind: 'server', status: 501, attempts: 1 });
    expect(await paths()).toEqual([
      '/payee/custom/create',
      ...Array(3).fill('/payee/custom/detail'),
      ...Array(3).fill('/payee/custom/update'),
      '/payee/custom/submitStcAccountOtp',
    ]);
  });

  it('retries 1311 (customer changed) once, and reports an unknown code without retrying', async () => {
    const { sandbox, sgate } = setup();
    const created = await sgate.customers.create(sgateFixtures.stcCustomer('u-1311'));
    sandbox.failNext(1311, { path: '/custom/update' });
    await expect(sgate.customers.update({ customid: created.customid, name_a: 'لينا' })).resolves.toMatchObject({ name_a: 'لينا' });
    sandbox.failNext(1999, { path: '/custom/detail', message: 'Something new' });
    const error = await rejectionOf(sgate.customers.retrieve({ customid: created.customid }));
    expect(error).toMatchObject({ kind: 'server', code: 1999, providerMessage: 'Something new', attempts: 1 });
  });
});

describe('damaged and forged responses: nothing unverified is returned', () => {
  it('a truncated body on a read is retried; on a create it is reconciled without a duplicate', async () => {
    const { sandbox, sgate } = setup();
    sandbox.faults.inject({ kind: 'truncated_json' }, { path: '/custom/create' });
    const customer = await sgate.customers.create(sgateFixtures.bankCustomer('u-trunc'));
    expect(customer.identity).toBe('1012345678');
    expect(sandbox.customers.size).toBe(1);
    sandbox.faults.inject({ kind: 'truncated_json' }, { path: '/custom/detail', times: 5 });
    const error = await rejectionOf(sgate.customers.retrieve({ customid: customer.customid }));
    expect(error).toMatchObject({ kind: 'invalid_response', attempts: 3 });
  });

  it('a malformed (HTML) 200 is an invalid_response', async () => {
    const { sandbox, sgate } = setup({}, { maxRetries: 0 });
    sandbox.faults.inject({ kind: 'malformed_json' });
    await expect(sgate.customers.list().toArray()).rejects.toMatchObject({ kind: 'invalid_response', attempts: 1 });
  });

  it('a bad response signature is a signature error, never retried; the created customer is found by the next create', async () => {
    const { sandbox, sgate } = setup();
    sandbox.faults.inject({ kind: 'bad_signature' }, { path: '/custom/create' });
    const error = await rejectionOf(sgate.customers.create(sgateFixtures.bankCustomer('u-badsig')));
    expect(error).toMatchObject({ kind: 'signature', attempts: 1, verified: false });
    expect(JSON.stringify(error)).not.toContain('1012345678');
    expect(sandbox.customers.size).toBe(1);
    const again = await sgate.customers.create(sgateFixtures.bankCustomer('u-badsig'));
    expect(again.mercustomid).toBe('u-badsig');
    expect(sandbox.customers.size).toBe(1);
  });

  it('a missing response signature on a success is a signature error', async () => {
    const { sandbox, sgate } = setup();
    const created = await sgate.customers.create(sgateFixtures.bankCustomer('u-nosig'));
    sandbox.faults.inject({ kind: 'missing_signature' }, { method: 'GET' });
    await expect(sgate.customers.retrieve({ customid: created.customid })).rejects.toMatchObject({ kind: 'signature', attempts: 1 });
  });

  it('an unsigned error (authentication failure) is reported with its code, marked unverified and not retried', async () => {
    const { sgate } = setup({}, { apiKey: 'not-the-sandbox-key' });
    const error = await rejectionOf(sgate.customers.retrieve({ customid: 'abc' }));
    expect(error).toMatchObject({ kind: 'authentication', code: 1201, verified: false, attempts: 1 });
    expect(error.message).toContain('unverified');
  });
});

describe('clock skew (1204): re-signed and retried once', () => {
  it('corrects the clock from the signed 1204 response and succeeds on the retry, and afterwards', async () => {
    const { sandbox, sgate } = setup();
    sandbox.faults.inject({ kind: 'clock_skew', seconds: 900 });
    const created = await sgate.customers.create(sgateFixtures.stcCustomer('u-skew'));
    const [first, second] = await server.calls();
    expect(Number(second!.headers['v-timestamp']) - Number(first!.headers['v-timestamp'])).toBeGreaterThanOrEqual(899);
    expect(second!.headers['v-nonce-str']).not.toBe(first!.headers['v-nonce-str']);
    expect(second!.headers['v-signature']).not.toBe(first!.headers['v-signature']);
    await expect(sgate.customers.retrieve({ customid: created.customid })).resolves.toMatchObject({ mercustomid: 'u-skew' });
    expect(await server.calls()).toHaveLength(3);
  });

  it('a second 1204 is not retried again', async () => {
    const { sandbox, sgate } = setup({}, { maxRetries: 5 });
    sandbox.failNext(1204, { times: 10 });
    const error = await rejectionOf(sgate.customers.retrieve({ customid: 'abc' }));
    expect(error).toMatchObject({ kind: 'authentication', code: 1204, attempts: 2 });
    expect(await server.calls()).toHaveLength(2);
  });

  it('honours the clockSkewSeconds option', async () => {
    const { sandbox, sgate } = setup({}, { clockSkewSeconds: 600 });
    sandbox.clock.offsetSeconds = 600;
    await expect(sgate.customers.list().toArray()).resolves.toEqual([]);
    expect(await server.calls()).toHaveLength(1);
  });
});
