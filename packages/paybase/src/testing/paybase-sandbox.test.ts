import { TransitionError } from '@clientele/core';
import { describe, expect, it } from 'vitest';
import { rejection, usePaybaseSandbox } from '../__fixtures__/use-paybase-sandbox.js';
import { verifyWebhook } from '../paybase-webhooks.js';
import { paybaseFixtures } from './fixtures.js';
import { MOCK_DECLINED_CARD } from './mock-hosted-form.js';

const API = 'https://api-json.sandbox.paybase.io';
const HOSTED = 'https://hosted.sandbox.paybase.io';
let clock = Date.parse('2026-11-22T09:00:00Z');
const { sandbox, client } = usePaybaseSandbox({ now: () => new Date(clock) });

async function customerWithToken() {
  const paybase = client();
  const customer = await paybase.customers.individual.create(paybaseFixtures.individual());
  const token = await paybase.customers.createAuthenticationToken(customer.id);
  if (!token.success) throw new Error('expected a token');
  return { paybase, customer, accessToken: token.accessToken };
}

describe('the mock: authentication', () => {
  it('answers 401 without or with a wrong X-Token, and after a customer token expired', async () => {
    expect((await fetch(`${API}/v1/customers`)).status).toBe(401);
    expect((await fetch(`${API}/v1/customers`, { headers: { 'x-token': 'wrong' } })).status).toBe(401);
    const { paybase, customer, accessToken } = await customerWithToken();
    await expect(paybase.customers.retrieve(customer.id, { accessToken })).resolves.toMatchObject({ id: customer.id });
    expect(await rejection(paybase.customers.list({}, { accessToken }).toArray())).toMatchObject({ kind: 'permission' });
    clock += sandbox.options.tokenLifetime;
    expect(await rejection(paybase.customers.retrieve(customer.id, { accessToken }))).toMatchObject({ kind: 'authentication', status: 401 });
  });
});

describe('the mock: Paybase-only moves and webhooks', () => {
  it('lets a test lock, unlock, close and terminate, per the lifecycle for Paybase, with signed webhooks', async () => {
    const { paybase, customer } = await customerWithToken();
    sandbox.providerTransition(customer.id, 'LOCKED');
    expect((await paybase.customers.retrieve(customer.id)).stateId).toBe('LOCKED');
    sandbox.providerTransition(customer.id, 'ENABLED');
    sandbox.providerTransition(customer.id, 'CLOSING');
    sandbox.providerTransition(customer.id, 'TERMINATED');
    expect(() => sandbox.providerTransition(customer.id, 'ENABLED')).toThrow(TransitionError);
    expect(sandbox.webhooks.events.map((event) => [event.type, event.previousStateId, (event.data as { stateId: string }).stateId])).toEqual([
      ['customer_state_changed', 'PENDING', 'LOCKED'],
      ['customer_state_changed', 'LOCKED', 'ENABLED'],
      ['customer_state_changed', 'ENABLED', 'CLOSING'],
      ['customer_state_changed', 'CLOSING', 'TERMINATED'],
    ]);
    const delivery = await sandbox.webhooks.delivery(sandbox.webhooks.events[0]!);
    expect(delivery.headers['x-signature']).toBe(delivery.signature);
    expect(await verifyWebhook({ rawBody: delivery.rawBody, headers: delivery.headers, publicKey: sandbox.webhooks.publicKey })).toBe(true);
    expect(await rejection(paybase.customers.createAuthenticationToken(customer.id))).toMatchObject({ kind: 'permission' });
  });

  it('raises the CDD level on touch or on demand, and reports failed checks', async () => {
    const { paybase, customer } = await customerWithToken();
    sandbox.setCddLevel(customer.id, 'ONE');
    expect((await paybase.customers.retrieve(customer.id)).cddLevel).toBe('ONE');
    await paybase.customers.touch(customer.id);
    sandbox.failCheck(customer.id);
    expect(sandbox.webhooks.events.map((event) => event.type)).toEqual(['customer_cdd_level_changed', 'customer_cdd_level_changed', 'check_failed']);
    expect(sandbox.webhooks.events[2]).toMatchObject({ customerId: customer.id, payload: { reason: expect.any(String) } });
  });

  it('sends a signed delivery to a receiver URL', async () => {
    const received: Request[] = [];
    const response = await sandbox.webhooks.send('https://platform.example/webhooks/paybase', { type: 'integration_handshake' }, {
      fetch: async (input, init) => {
        received.push(new Request(input as string, init));
        return new Response(null, { status: 204 });
      },
    });
    expect(response.status).toBe(204);
    expect(received[0]!.headers.get('x-signature')).toBeTruthy();
    expect(await received[0]!.text()).toBe('{"type":"integration_handshake"}');
  });
});

describe('the mock: hosted card form', () => {
  it('serves the form for a valid token, saves cards, and answers 5002 / 4060 like Paybase', async () => {
    const { customer, accessToken } = await customerWithToken();
    const page = await fetch(`${HOSTED}/card?t=${accessToken}`);
    expect(page.headers.get('content-type')).toContain('text/html');
    expect(await page.text()).toContain('parent.postMessage(result');
    const submit = (cardNumber: string) =>
      fetch(`${HOSTED}/card?t=${accessToken}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ cardNumber, expiry: '12/30', cvv: '123' }) }).then((response) => response.json());
    const saved = await submit('4111 1111 1111 1111');
    expect(saved).toMatchObject({ type: 'success', id: expect.stringMatching(/^card\//) });
    expect(await submit('4111111111111111')).toMatchObject({ type: 'error', code: '4060' });
    expect(await submit(MOCK_DECLINED_CARD)).toMatchObject({ type: 'error', code: '5002' });
    expect(JSON.stringify(sandbox.cards.all())).not.toContain('4111111111111111');
    expect(sandbox.cards.all()).toEqual([{ id: saved.id, ownerId: customer.id, cardNumberSuffix: '1111', expiry: '12/30' }]);
  });

  it('refuses an unknown or expired token', async () => {
    expect((await fetch(`${HOSTED}/card?t=pbt_unknown`)).status).toBe(401);
    const { accessToken } = await customerWithToken();
    sandbox.expireTokens();
    expect((await fetch(`${HOSTED}/card?t=${accessToken}`)).status).toBe(401);
  });
});

describe('the mock: list filters (its stand-in for PQL)', () => {
  it('filters by state, annotations, profile fields and tags, and explains unsupported queries', async () => {
    const paybase = client();
    const ada = await paybase.customers.individual.create(paybaseFixtures.individual({ annotations: { externalId: 'a"1' }, tags: ['vip'] }));
    await paybase.customers.individual.create(paybaseFixtures.individual({ profile: { ...paybaseFixtures.individual().profile, email: 'b@example.com' } }));
    await paybase.customers.transition(ada.id, { toStateId: 'ENABLED' });
    const ids = async (query: string) => (await paybase.customers.list({ query }).toArray()).map((customer) => customer.id);
    expect(await ids('stateId = "ENABLED"')).toEqual([ada.id]);
    expect(await ids('annotations.externalId = "a\\"1" AND tags CONTAINS "vip"')).toEqual([ada.id]);
    expect(await ids('profile.email = "b@example.com"')).toHaveLength(1);
    const error = await rejection(paybase.customers.list({ query: 'stateId != "ENABLED"' }).toArray());
    expect(error.message).toContain('The mock understands only');
  });
});
