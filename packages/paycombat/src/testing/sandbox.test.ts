import { useMockServer } from '#mock-server';
import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';
import { verifyWebhook } from '../paycombat-webhooks.js';
import { clientFor, independentHmacHex } from './test-client.js';
import { companyCustomer, createPaycombatSandbox, minimalIndividual, walletReadyIndividual } from '../testing.js';

const sandbox = createPaycombatSandbox({ now: () => new Date('2026-11-22T09:00:00.000Z') });
const server = useMockServer(...sandbox.handlers);
beforeEach(() => sandbox.reset());
const API = 'https://api.paycombat.com/api/v1/customer';

async function send(method: string, path: string, body?: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${API}${path}`, { method, body, headers: { 'X-token': sandbox.token, 'content-type': 'application/json', ...headers } });
  return { status: response.status, body: (await response.json()) as { message?: string; errors: Record<string, unknown> } };
}

describe('the sandbox behaves like Paycombat', () => {
  it('checks X-token and the signature over the raw body', async () => {
    const body = JSON.stringify(minimalIndividual);
    expect((await send('POST', '/create', body, { 'X-token': 'nope' })).status).toBe(401);
    expect((await send('POST', '/create', body)).body).toMatchObject({ status: false, message: 'Signature is required.' });
    const signature = await independentHmacHex(sandbox.signatureKey, body);
    expect((await send('POST', '/create', `${body} `, { signature })).body.message).toBe('Invalid signature.');
    const created = await send('POST', '/create', body, { signature });
    expect(created).toMatchObject({ status: 200, body: { status: true, message: 'OK', data: { success: true, status_code: 200, data: { is_wallet_ready: false } } } });
  });

  it('validates like Laravel (422 with errors per field), independently of the SDK', async () => {
    const body = JSON.stringify({ type: 'company', description: '', company: { name: 'X', address_country: 'sg' }, individual: {} });
    const result = await send('POST', '/create', body, { signature: await independentHmacHex(sandbox.signatureKey, body) });
    expect(result.status).toBe(422);
    expect(Object.keys(result.body.errors).sort()).toEqual(['company.address_country', 'company.incorporation_country', 'company.registration_number', 'description', 'individual']);
  });

  it('computes wallet readiness from the fields present, and recomputes it on update', async () => {
    const paycombat = clientFor(sandbox);
    const company = await paycombat.customers.create(companyCustomer);
    expect(company.is_wallet_ready).toBe(true);
    const person = await paycombat.customers.create(minimalIndividual);
    expect(sandbox.missingFields(person.customer_id)).toContain('individual.dob');
    const completed = await paycombat.customers.update(person.customer_id, {
      individual: { dob: '1990-01-01', email: 'a@example.com', nationality: 'GB', identification_type: 'PASSPORT', identification_value: 'P1', address_line1: '1 Road', address_city: 'London' },
    });
    expect(completed.is_wallet_ready).toBe(true);
    await expect(paycombat.customers.walletReadiness(person.customer_id)).resolves.toEqual({ is_wallet_ready: true, missing_field: [] });
    await expect(paycombat.customers.update(person.customer_id, { company: { name: 'X' } })).rejects.toMatchObject({ kind: 'validation', status: 422, issues: [{ path: 'company' }] });
  });

  it('moves GCA and review status only through provider-side controls, per the lifecycles', async () => {
    const paycombat = clientFor(sandbox);
    const ready = await paycombat.customers.create(walletReadyIndividual);
    const minimal = await paycombat.customers.create(minimalIndividual);
    expect(() => sandbox.setGcaStatus(minimal.customer_id, 'APPROVAL_PENDING')).toThrow(/wallet-ready/);
    expect(() => sandbox.setGcaStatus(ready.customer_id, 'COMPLETED')).toThrow(/Cannot move/);
    for (const status of ['APPROVAL_PENDING', 'IN_PROGRESS', 'COMPLETED'] as const) sandbox.setGcaStatus(ready.customer_id, status);
    await expect(paycombat.customers.retrieve(ready.customer_id)).resolves.toMatchObject({ gca_activation_status: 'COMPLETED', is_gca_enabled: true, gca_activated_at: '2026-11-22T09:00:00.000Z' });
    sandbox.setReviewStatus(ready.customer_id, 'UNDER_REVIEW');
    expect(() => sandbox.setReviewStatus(ready.customer_id, 'PENDING_INFO')).toThrow();
    expect(sandbox.setActive(ready.customer_id, true).is_active).toBe(true);
  });

  it('delivers signed webhooks that verifyWebhook accepts', async () => {
    let received: Promise<unknown> | undefined;
    server.use(http.post('https://merchant.example/webhooks/paycombat', async ({ request }) => {
      received = verifyWebhook({ body: await request.text(), headers: request.headers, signatureKey: sandbox.signatureKey });
      await received;
      return HttpResponse.json({ ok: true });
    }));
    const response = await sandbox.webhooks.deliver('https://merchant.example/webhooks/paycombat', sandbox.webhooks.payout({ status: 'FAILED', approval: 'FAILED' }));
    expect(response.status).toBe(200);
    await expect(received).resolves.toMatchObject({ name: 'PAYOUT.FAILED', verified: true });
  });

  it('answers unknown routes and broken JSON like Laravel', async () => {
    expect((await send('GET', '/customers')).status).toBe(404);
    const signature = await independentHmacHex(sandbox.signatureKey, '{oops');
    expect((await send('POST', '/create', '{oops', { signature })).status).toBe(400);
  });
});
