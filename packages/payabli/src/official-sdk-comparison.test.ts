// One test per behaviour row of the side-by-side table in docs/providers/payabli.md. The official SDK's
// behaviour in each row is cited from spec §11 (it is not installed here); these tests show ours.
import { describe, expect, it } from 'vitest';
import { http, HttpResponse } from 'msw';
import { ADA, BASE, ENTRY, captureLogger, rejectionOf, usePayabliMock } from './test-support.js';
import { PAYABLI_MOCK_CREDENTIALS } from './testing/payabli-sandbox.js';

const payabli = usePayabliMock();

describe('side-by-side with @payabli/sdk-node', () => {
  it('filters: sent as bare field(condition)=value parameters that Payabli applies (official: a JSON `parameters=` Payabli ignores)', async () => {
    payabli.mock.sandbox.seedCustomer(ENTRY, { ...ADA, customerStatus: 1 });
    payabli.mock.sandbox.seedCustomer(ENTRY, { email: 'b@example.com', customerStatus: 0 });
    const active = await payabli.client().customers.list(ENTRY, { filters: { status: { eq: 1 } } }).toArray();
    expect(active).toHaveLength(1);
    const [call] = await payabli.server.calls();
    expect(new URL(call!.url).search).toBe('?fromRecord=0&limitRecord=20&status(eq)=1');
    expect(call!.url).not.toContain('parameters=');
  });

  it('pagination: for await over every page (official: none; Summary/Records by hand)', async () => {
    for (let index = 0; index < 5; index++) payabli.mock.sandbox.seedCustomer(ENTRY, { email: `c${index}@example.com` });
    const ids = [];
    for await (const customer of payabli.client().customers.list(ENTRY, { pageSize: 2 })) ids.push(customer.customerId);
    expect(ids).toEqual([4440, 4441, 4442, 4443, 4444]);
    expect(await payabli.server.calls()).toHaveLength(3);
  });

  it('POST retry safety: a create is retried only with its idempotency key, and never duplicates (official: retries POSTs with no key)', async () => {
    payabli.mock.sandbox.faults.inject({ kind: 'server_error', status: 503 }, { method: 'POST' });
    await payabli.client().customers.create(ENTRY, ADA);
    const calls = await payabli.server.calls();
    expect(calls).toHaveLength(2);
    expect(calls[0]!.headers.idempotencykey).toBeTruthy();
    expect(calls[1]!.headers.idempotencykey).toBe(calls[0]!.headers.idempotencykey);
    expect(payabli.mock.sandbox.customers.size).toBe(1);
  });

  it('network errors and timeouts: retried for reads (official: never retried)', async () => {
    payabli.mock.sandbox.seedCustomer(ENTRY, ADA);
    payabli.mock.sandbox.faults.inject({ kind: 'network_error' }, { method: 'GET' });
    await expect(payabli.client().customers.retrieve(4440).withResponse()).resolves.toMatchObject({ response: { attempts: 2 } });
  });

  it('isSuccess: false on HTTP 200 is thrown (official: returned as if it succeeded)', async () => {
    payabli.server.use(http.delete(`${BASE}/Customer/4440`, () => HttpResponse.json({ isSuccess: false, responseText: 'Declined', responseCode: 3003 })));
    await expect(payabli.client().customers.delete(4440)).rejects.toMatchObject({ name: 'PayabliError', status: 200, code: 3003 });
  });

  it('error classes: 409 and 429 have their own kinds (official: both a generic PayabliError on customer endpoints)', async () => {
    payabli.server.use(
      http.get(`${BASE}/Customer/1`, () => HttpResponse.json({ isSuccess: false, responseText: 'slow down' }, { status: 429 })),
      http.get(`${BASE}/Customer/2`, () => HttpResponse.json({ isSuccess: false, responseText: 'Duplicated idempotencyKey: x' }, { status: 409 })),
    );
    const client = payabli.client({ maxRetries: 0 });
    expect(await rejectionOf(client.customers.retrieve(1))).toMatchObject({ kind: 'rate_limited', status: 429 });
    expect(await rejectionOf(client.customers.retrieve(2))).toMatchObject({ kind: 'conflict', status: 409 });
  });

  it('token redaction: requestToken never reaches a debug log (official: logs it unredacted)', async () => {
    const { lines, logger } = captureLogger();
    await payabli.client({ logger, logLevel: 'debug' }).customers.list(ENTRY).toArray();
    const request = lines.find((line) => line.message === 'request')!;
    expect((request.fields!.headers as Record<string, string>).requesttoken).toBe('[REDACTED]');
    expect(JSON.stringify(lines)).not.toContain(PAYABLI_MOCK_CREDENTIALS.apiKey);
  });

  it('OAuth: one refresh and retry after a 401 (official: no refresh on 401)', async () => {
    const client = payabli.oauthClient();
    await client.customers.list(ENTRY).toArray();
    payabli.mock.sandbox.expireTokens();
    await expect(client.customers.list(ENTRY).toArray()).resolves.toEqual([]);
    expect(payabli.mock.sandbox.tokensIssued).toBe(2);
  });
});
