import { useMockServer } from '#mock-server';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { createPaycombatSandbox } from './testing.js';
import { clientFor, rejectionOf } from './testing/test-client.js';

const sandbox = createPaycombatSandbox();
const server = useMockServer();
const DETAIL = 'https://api.paycombat.com/api/v1/customer/customer/customer_1';
const customer = { customer_id: 'customer_1', is_active: true, is_wallet_ready: true, type: 'individual', individual: { first_name: 'Ada', address_line2: {} } };
const finmo = (success: boolean, status_code: number, status_text: string, extra: Record<string, unknown> = {}) => ({ success, status_code, status_text, request_id: 'req_finmo_1', request_time: '2026-11-22T10:00:00.000Z', ...extra });

function answer(body: unknown, init: ResponseInit = {}) {
  server.use(http.get(DETAIL, () => HttpResponse.json(body as Record<string, unknown>, init)));
}

describe('responses in every envelope shape', () => {
  it.each([
    ['P', { status: true, message: 'OK', data: customer }, undefined],
    ['F', finmo(true, 200, 'OK', { data: customer }), 'req_finmo_1'],
    ['P∘F', { status: true, message: 'OK', data: finmo(true, 200, 'OK', { data: customer }) }, 'req_finmo_1'],
    ['M', { message: 'OK', data: customer }, undefined],
    ['bare', customer, undefined],
  ])('reads a customer wrapped as %s and surfaces request_id', async (_shape, body, requestId) => {
    answer(body);
    const { data, response } = await clientFor(sandbox).customers.retrieve('customer_1').withResponse();
    expect(data).toMatchObject({ customer_id: 'customer_1', is_active: true, individual: { first_name: 'Ada', address_line2: null } });
    expect(response.requestId).toBe(requestId);
  });

  it('falls back to the x-request-id header', async () => {
    answer({ status: true, message: 'OK', data: customer }, { headers: { 'x-request-id': 'hdr_1' } });
    await expect(clientFor(sandbox).customers.retrieve('customer_1').asResponse()).resolves.toMatchObject({ requestId: 'hdr_1' });
  });

  it('refuses a customer of the wrong shape as invalid_response, naming the path, not the value', async () => {
    answer({ status: true, message: 'OK', data: { customer_id: 'customer_1', is_active: 'yes-secret' } });
    const error = await rejectionOf(clientFor(sandbox).customers.retrieve('customer_1'));
    expect(error).toMatchObject({ kind: 'invalid_response' });
    expect(error.message).toContain('is_active');
    expect(error.message).not.toContain('yes-secret');
  });
});

describe('failures: HTTP ≥ 400, status: false, success: false at any level', () => {
  it.each([
    [{ status: 401 }, { status: false, message: 'Unauthenticated.', data: null }, 'authentication'],
    [{ status: 403 }, { status: false, message: 'Forbidden', data: null }, 'permission'],
    [{ status: 404 }, finmo(false, 404, 'NOT_FOUND', { message: 'Customer not found' }), 'not_found'],
    [{ status: 402 }, finmo(false, 402, 'REQUEST_FAILED', { message: 'Customer has active wallets' }), 'conflict'],
    [{ status: 409 }, { status: false, message: 'Conflict', data: null }, 'conflict'],
    [{ status: 406 }, { status: false, message: 'Not acceptable', data: null }, 'validation'],
    [{ status: 500 }, { status: false, message: 'Server Error', data: null }, 'server'],
    [{ status: 410 }, { status: false, message: 'Gone', data: null }, 'not_found'],
    [{ status: 408 }, { status: false, message: 'Request Timeout', data: null }, 'timeout'],
    [{ status: 501 }, { status: false, message: 'Not Implemented', data: null }, 'server'],
    [{ status: 200 }, { status: false, message: 'Customer not found', data: null }, 'not_found'],
    [{ status: 200 }, { status: false, message: 'Invalid signature', data: null }, 'authentication'],
    [{ status: 200 }, { status: false, message: 'Something odd', data: null }, 'validation'],
    [{ status: 200 }, finmo(false, 404, 'NOT_FOUND'), 'not_found'],
    [{ status: 200 }, { status: true, message: 'OK', data: finmo(false, 409, 'CONFLICT', { message: 'Duplicate reference' }) }, 'conflict'],
    [{ status: 200 }, { status: true, message: 'OK', data: { success: false, status_text: 'UNAUTHORIZED' } }, 'authentication'],
  ])('HTTP %j with %j is a %s error', async (init, body, kind) => {
    answer(body, init);
    const error = await rejectionOf(clientFor(sandbox).customers.retrieve('customer_1'));
    expect(error).toMatchObject({ kind, provider: 'paycombat', status: init.status });
    expect(error.message).toMatch(/^paycombat customers\.retrieve failed/);
  });

  it('puts the provider message, Finmo code and request id on the error', async () => {
    answer({ status: true, message: 'OK', data: finmo(false, 404, 'NOT_FOUND', { message: 'Customer not found' }) });
    const error = await rejectionOf(clientFor(sandbox).customers.retrieve('customer_1'));
    expect(error).toMatchObject({ kind: 'not_found', code: 'NOT_FOUND', providerMessage: 'Customer not found', requestId: 'req_finmo_1', retryable: false });
    expect(error.message).toContain('request id req_finmo_1');
  });

  it('turns Laravel and Finmo field errors into a ValidationError with issues', async () => {
    server.use(
      http.get(DETAIL, () => HttpResponse.json({ message: 'The given data was invalid.', errors: { 'individual.dob': ['The individual.dob must match Y-m-d.'] } }, { status: 422 })),
      http.get(`${DETAIL}/is-wallet-ready`, () => HttpResponse.json(finmo(false, 400, 'BAD_REQUEST', { errors: [{ field: 'customer_id', message: 'invalid format' }] }), { status: 400 })),
    );
    const laravel = await rejectionOf(clientFor(sandbox).customers.retrieve('customer_1'));
    expect(laravel).toMatchObject({ kind: 'validation', name: 'ValidationError', status: 422, issues: [{ path: 'individual.dob', message: 'The individual.dob must match Y-m-d.' }] });
    const finmoError = await rejectionOf(clientFor(sandbox).customers.walletReadiness('customer_1'));
    expect(finmoError).toMatchObject({ kind: 'validation', code: 'BAD_REQUEST', issues: [{ path: 'customer_id', message: 'invalid format' }] });
  });

  it('maps an HTML gateway page by its status', async () => {
    server.use(http.get(DETAIL, () => new HttpResponse('<html>502</html>', { status: 502, headers: { 'content-type': 'text/html' } })));
    await expect(clientFor(sandbox, { maxRetries: 0 }).customers.retrieve('customer_1')).rejects.toMatchObject({ kind: 'server', status: 502, retryable: true });
  });
});
