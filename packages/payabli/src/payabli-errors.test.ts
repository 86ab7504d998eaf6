import { describe, expect, it } from 'vitest';
import { http, HttpResponse } from 'msw';
import { PAYABLI_RESPONSE_CODES, PAYABLI_STATUS_RULES } from './payabli-errors.js';
import { BASE, rejectionOf, usePayabliMock } from './test-support.js';

const payabli = usePayabliMock();
const retrieve = (options = {}) => payabli.client({ maxRetries: 2, ...options }).customers.retrieve(4440);

describe('Payabli errors on the wire', () => {
  it.each(Object.entries(PAYABLI_STATUS_RULES))('HTTP %s → its kind, retried only when the table says so', async (status, rule) => {
    payabli.server.use(http.get(`${BASE}/Customer/4440`, () => HttpResponse.json({ isSuccess: false, responseText: 'Nope' }, { status: Number(status), headers: { 'retry-after': '0' } })));
    const error = await rejectionOf(retrieve());
    expect(error).toMatchObject({ name: 'PayabliError', kind: rule.kind, status: Number(status), responseText: 'Nope', retryable: rule.retry !== 'never' });
    expect(error.attempts).toBe(rule.retry === 'never' ? 1 : 3);
  });

  it.each(Object.entries(PAYABLI_RESPONSE_CODES))('responseCode %s on HTTP 400 → %o', async (code, rule) => {
    payabli.server.use(http.get(`${BASE}/Customer/4440`, () => HttpResponse.json({ isSuccess: false, responseText: 'Declined', responseCode: Number(code) }, { status: 400 })));
    const error = await rejectionOf(retrieve());
    expect(error).toMatchObject({ kind: rule.kind, code: Number(code), attempts: 1 });
    expect(error.message).toContain(rule.meaning);
  });

  it('lifts explanation and todoAction from the error body and keeps the request id', async () => {
    payabli.server.use(
      http.get(`${BASE}/Customer/4440`, () =>
        HttpResponse.json({ isSuccess: false, responseText: 'Invalid customer identifiers: email', responseData: { explanation: 'email missing', todoAction: 'Send the email' } }, { status: 400, headers: { 'x-request-id': 'req-42' } }),
      ),
    );
    const error = await rejectionOf(retrieve());
    expect(error).toMatchObject({ kind: 'validation', explanation: 'email missing', todoAction: 'Send the email', requestId: 'req-42', providerMessage: 'Invalid customer identifiers: email — email missing — Send the email' });
    expect(JSON.parse(JSON.stringify(error))).toMatchObject({ kind: 'validation', explanation: 'email missing', todoAction: 'Send the email' });
  });

  it('keeps a short plain-text error body and drops an HTML one', async () => {
    payabli.server.use(http.get(`${BASE}/Customer/4440`, () => new HttpResponse('Duplicated idempotencyKey: k1', { status: 409 })));
    await expect(retrieve()).rejects.toMatchObject({ kind: 'conflict', responseText: 'Duplicated idempotencyKey: k1' });
    payabli.server.use(http.get(`${BASE}/Customer/4440`, () => new HttpResponse('<html><body>Bad gateway</body></html>', { status: 502 })));
    const error = await rejectionOf(retrieve({ maxRetries: 0 }));
    expect(error).toMatchObject({ kind: 'server', status: 502, responseText: undefined });
    expect(error.message).not.toContain('<html>');
  });

  it('an empty 200 is an invalid_response, retried for a GET', async () => {
    let calls = 0;
    payabli.server.use(http.get(`${BASE}/Customer/4440`, () => (++calls === 1 ? new HttpResponse('', { status: 200 }) : HttpResponse.json({ customerId: 4440 }))));
    await expect(retrieve()).resolves.toMatchObject({ customerId: 4440 });
    expect(calls).toBe(2);
  });

  it('a record of the wrong shape is an invalid_response naming the field, not the value', async () => {
    payabli.server.use(http.get(`${BASE}/Customer/4440`, () => HttpResponse.json({ customerId: 'four', Email: 'secret@example.com' })));
    const error = await rejectionOf(retrieve());
    expect(error).toMatchObject({ kind: 'invalid_response' });
    expect(error.message).toContain('customerId');
    expect(error.message).not.toContain('four');
    expect(error.message).not.toContain('secret@example.com');
  });
});
