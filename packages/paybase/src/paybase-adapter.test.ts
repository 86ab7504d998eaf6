import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { rejection, usePaybaseSandbox } from './__fixtures__/use-paybase-sandbox.js';
import { classifyPaybaseError } from './paybase-errors.js';
import { sanitizeProviderMessage } from './paybase-adapter.js';

const API = 'https://api-json.sandbox.paybase.io';
const ID = 'customer/62dc1d23-d473-46a6-b4b3-e63c3f6d4658';
const { server, client } = usePaybaseSandbox();

describe('error mapping', () => {
  it('maps statuses and known codes to kinds and retry classes', () => {
    expect(classifyPaybaseError(400, undefined, 'x')).toEqual({ kind: 'validation', retry: 'never' });
    expect(classifyPaybaseError(401, undefined, 'x')).toEqual({ kind: 'authentication', retry: 'never' });
    expect(classifyPaybaseError(403, undefined, 'x')).toEqual({ kind: 'permission', retry: 'never' });
    expect(classifyPaybaseError(409, undefined, 'customers.tag')).toEqual({ kind: 'conflict', retry: 'never' });
    expect(classifyPaybaseError(409, undefined, 'customers.transition')).toEqual({ kind: 'transition', retry: 'never' });
    expect(classifyPaybaseError(429, undefined, 'x')).toEqual({ kind: 'rate_limited', retry: 'unprocessed' });
    expect(classifyPaybaseError(504, undefined, 'x')).toEqual({ kind: 'server', retry: 'if-idempotent' });
    expect(classifyPaybaseError(418, undefined, 'x')).toEqual({ kind: 'invalid_response', retry: 'never' });
    expect(classifyPaybaseError(400, '4060', 'x')).toEqual({ kind: 'conflict', retry: 'never' });
    expect(classifyPaybaseError(402, '5002', 'x')).toEqual({ kind: 'validation', retry: 'never' });
  });

  it('builds errors from { code, message } bodies, with the request id and an actionable message', async () => {
    server.use(http.get(`${API}/v1/customer/:id`, () => HttpResponse.json({ code: 4004, message: 'Customer not found' }, { status: 404, headers: { 'x-request-id': 'req_9' } })));
    const error = await rejection(client().customers.retrieve(ID));
    expect(error).toMatchObject({ kind: 'not_found', status: 404, code: '4004', providerMessage: 'Customer not found', requestId: 'req_9', attempts: 1 });
    expect(error.message).toBe('paybase customers.retrieve failed (HTTP 404 [4004]): Customer not found. Check the id, and that it belongs to this account and environment.');
  });

  it('reads an HTML gateway page (sandbox 504) without choking, and retries the GET', async () => {
    server.use(http.get(`${API}/v1/customer/:id`, () => new HttpResponse('<html><h1>504 Gateway Time-out</h1></html>', { status: 504, headers: { 'content-type': 'text/html' } })));
    const error = await rejection(client({ maxRetries: 2 }).customers.retrieve(ID));
    expect(error).toMatchObject({ kind: 'server', status: 504, attempts: 3 });
    expect(error.providerMessage).toBeUndefined();
    expect(await server.calls()).toHaveLength(3);
  });

  it('removes card-like numbers a provider message might echo', () => {
    expect(sanitizeProviderMessage('Card 4111 1111 1111 1111 declined')).toBe('Card [REDACTED] declined');
    expect(sanitizeProviderMessage('Invalid field profile.email')).toBe('Invalid field profile.email');
    const body = JSON.stringify({ profile: { email: 'ada@example.com', lastName: 'Lovelace', countryISO: 'GB' } });
    expect(sanitizeProviderMessage('ada@example.com already belongs to Lovelace in GB', body)).toBe('[REDACTED] already belongs to [REDACTED] in GB');
  });

  it('sends the API key as X-Token with a JSON content type and a clientele User-Agent', async () => {
    server.use(http.get(`${API}/v1/customer/:id`, () => HttpResponse.json({ id: ID, stateId: 'PENDING' })));
    await client().customers.retrieve(ID);
    const [call] = await server.calls();
    expect(call!.headers['x-token']).toBe('pb_sandbox_mock_key_0123456789');
    expect(call!.headers.accept).toBe('application/json');
    if (typeof (globalThis as { document?: unknown }).document === 'undefined') expect(call!.headers['user-agent']).toMatch(/^clientele-paybase\/0\.1\.0/);
  });
});
