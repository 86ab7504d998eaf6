import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { captureLogger, rejection, usePaybaseSandbox } from '../__fixtures__/use-paybase-sandbox.js';
import { paybaseFixtures } from '../testing/fixtures.js';

const API = 'https://api-json.sandbox.paybase.io';
const { server, sandbox, client } = usePaybaseSandbox();

async function seed() {
  const paybase = client();
  const ada = await paybase.customers.individual.create(paybaseFixtures.individual({ tags: ['vip'] }));
  const grace = await paybase.customers.soleTrader.create(paybaseFixtures.soleTrader());
  const club = await paybase.customers.organisation.create(paybaseFixtures.organisation());
  const engines = await paybase.customers.incorporatedBusiness.create(paybaseFixtures.incorporatedBusiness());
  return { paybase, ada, grace, club, engines };
}

describe('customers.retrieve', () => {
  it('returns any type as a union discriminated by `type`, from Paybase\'s tagged-union body', async () => {
    const { paybase, ada, grace, club, engines } = await seed();
    const found = await Promise.all([ada, grace, club, engines].map((customer) => paybase.customers.retrieve(customer.id)));
    expect(found.map((customer) => customer.type)).toEqual(['individual', 'soleTrader', 'organisation', 'incorporatedBusiness']);
    const customer = found[3]!;
    if (customer.type !== 'incorporatedBusiness') throw new Error('narrowing');
    expect(customer.companyNumber).toBe('09876543');
    expect((await server.calls()).at(-1)!.url).toBe(`${API}/v1/customer/${engines.id.slice(9)}`);
  });

  it('also reads flat bodies, working out the type from the fields', async () => {
    const { paybase, grace } = await seed();
    const flat = sandbox.customer(grace.id)!;
    server.use(http.get(`${API}/v1/customer/:id`, () => HttpResponse.json(flat)));
    expect(await paybase.customers.retrieve(grace.id)).toMatchObject({ type: 'soleTrader', id: grace.id });
  });
});

describe('customers.list', () => {
  it('passes the PQL query and ids through as query parameters and types every result', async () => {
    const { paybase, ada } = await seed();
    const tagged = await paybase.customers.list({ query: 'tags CONTAINS "vip"' }).toArray();
    expect(tagged.map((customer) => customer.id)).toEqual([ada.id]);
    expect(tagged[0]!.type).toBe('individual');
    const all = await paybase.customers.list().toArray();
    expect(all.map((customer) => customer.type)).toEqual(['individual', 'soleTrader', 'organisation', 'incorporatedBusiness']);
    await paybase.customers.list({ id: [ada.id, 'customer/x'], params: { limit: 5 } }).toArray();
    const urls = (await server.calls()).slice(4).map((call) => call.url);
    expect(urls).toEqual([
      `${API}/v1/customers?query=tags%20CONTAINS%20%22vip%22`,
      `${API}/v1/customers`,
      `${API}/v1/customers?limit=5&id=${encodeURIComponent(ada.id)}&id=customer%2Fx`,
    ]);
  });

  it('never logs the PQL query, which names personal values, in debug request URLs', async () => {
    const { ada } = await seed();
    const { lines, logger } = captureLogger();
    const paybase = client({ logger, logLevel: 'debug' });
    const query = 'profile.email = "ada@example.com"';
    expect((await paybase.customers.list({ query }).toArray()).map((customer) => customer.id)).toEqual([ada.id]);
    await rejection(paybase.customers.list({ query: `${query} OR nonsense` }).toArray());
    const requests = lines.filter((line) => line.message === 'request');
    expect(requests).toHaveLength(2);
    for (const line of requests) expect(line.fields?.url).toBe(`${API}/v1/customers?query=[REDACTED]`);
    const logged = JSON.stringify(lines);
    for (const leak of ['ada@example.com', encodeURIComponent('ada@example.com'), 'profile.email']) expect(logged).not.toContain(leak);
  });

  it('surfaces a query Paybase refuses', async () => {
    const { paybase } = await seed();
    expect(await rejection(paybase.customers.list({ query: 'nonsense' }).toArray())).toMatchObject({ kind: 'validation', status: 400 });
  });
});

describe('annotations, tags and touch', () => {
  it('annotates (merge), deletes annotation keys, tags and untags with JSON bodies', async () => {
    const { paybase, ada } = await seed();
    expect((await paybase.customers.annotate(ada.id, { externalId: 'u-1', tier: 'gold' })).annotations).toEqual({ externalId: 'u-1', tier: 'gold' });
    expect((await paybase.customers.annotate(ada.id, { tier: 'silver' })).annotations).toEqual({ externalId: 'u-1', tier: 'silver' });
    expect((await paybase.customers.deleteAnnotations(ada.id, ['tier'])).annotations).toEqual({ externalId: 'u-1' });
    expect((await paybase.customers.tag(ada.id, ['beta', 'vip'])).tags).toEqual(['vip', 'beta']);
    expect((await paybase.customers.untag(ada.id, ['vip'])).tags).toEqual(['beta']);
    const calls = (await server.calls()).slice(4);
    const path = `/v1/customer/${ada.id.slice(9)}`;
    expect(calls.map((call) => [call.method, call.url.slice(API.length), JSON.parse(call.body)])).toEqual([
      ['PATCH', `${path}/annotations`, { annotations: { externalId: 'u-1', tier: 'gold' } }],
      ['PATCH', `${path}/annotations`, { annotations: { tier: 'silver' } }],
      ['DELETE', `${path}/annotations`, { keys: ['tier'] }],
      ['PATCH', `${path}/tags`, { tags: ['beta', 'vip'] }],
      ['DELETE', `${path}/tags`, { tags: ['vip'] }],
    ]);
  });

  it('rejects empty key and tag lists and non-string annotation values before sending', async () => {
    const paybase = client();
    const id = 'customer/62dc1d23-d473-46a6-b4b3-e63c3f6d4658';
    expect(await rejection(paybase.customers.deleteAnnotations(id, []))).toMatchObject({ issues: [{ path: 'keys' }] });
    expect(await rejection(paybase.customers.tag(id, []))).toMatchObject({ issues: [{ path: 'tags' }] });
    expect(await rejection(paybase.customers.annotate(id, { level: 3 as unknown as string }))).toMatchObject({ issues: [{ path: 'annotations.level' }] });
    expect(await server.calls()).toHaveLength(0);
  });

  it('touches a customer with POST {} and returns the re-evaluated customer', async () => {
    const { paybase, ada } = await seed();
    const touched = await paybase.customers.touch(ada.id);
    expect(touched).toMatchObject({ id: ada.id, cddLevel: 'TWO' });
    const call = (await server.calls()).at(-1)!;
    expect([call.method, call.url, call.body]).toEqual(['POST', `${API}/v1/customer/${ada.id.slice(9)}/touch`, '{}']);
  });
});

describe('customers.createAuthenticationToken', () => {
  it('mints a simple token with POST {} and marks it success', async () => {
    const { paybase, ada } = await seed();
    const token = await paybase.customers.createAuthenticationToken(ada.id);
    expect(token).toMatchObject({ success: true, accessToken: expect.stringMatching(/^pbt_/), expiresAt: expect.any(String) });
    const call = (await server.calls()).at(-1)!;
    expect([call.method, call.url, call.body]).toEqual(['POST', `${API}/v1/customer/${ada.id.slice(9)}/tokens`, '{}']);
  });

  it('sends SCA attestations and returns the requirements when they do not suffice', async () => {
    const { paybase, ada } = await seed();
    const capturedAt = new Date(Date.UTC(2026, 10, 22, 8, 0));
    const refused = await paybase.customers.createAuthenticationToken(ada.id, { attestations: [{ type: 'knows', knows: 'PASSWORD', capturedAt }] });
    expect(refused).toMatchObject({ success: false, accessToken: undefined, requirements: { missing: 1, providedFactors: ['PASSWORD'] } });
    const granted = await paybase.customers.createAuthenticationToken(ada.id, {
      attestations: [
        { type: 'knows', knows: 'PASSWORD', capturedAt },
        { type: 'has', has: 'PHONE_NUMBER', capturedAt: '2026-11-22T08:00:05Z' },
      ],
    });
    expect(granted.success).toBe(true);
    const bodies = (await server.calls()).slice(-2).map((call) => JSON.parse(call.body));
    expect(bodies[1]).toEqual({
      attestations: [
        { type: 'knows', knows: 'PASSWORD', capturedAt: '2026-11-22T08:00:00.000Z' },
        { type: 'has', has: 'PHONE_NUMBER', capturedAt: '2026-11-22T08:00:05Z' },
      ],
    });
  });

  it('treats success without a token as an invalid response, and a string `missing` as a number', async () => {
    const paybase = client();
    const id = 'customer/62dc1d23-d473-46a6-b4b3-e63c3f6d4658';
    server.use(
      http.post(`${API}/v1/customer/:id/tokens`, ({ request }) =>
        request.headers.get('x-case') === 'broken' ? HttpResponse.json({ success: true }) : HttpResponse.json({ success: false, expiresAt: '2026-11-22T08:15:00Z', requirements: { missing: '2', possibleFactors: [], providedFactors: [] } }),
      ),
    );
    expect(await rejection(paybase.customers.createAuthenticationToken(id, {}, { headers: { 'x-case': 'broken' } }))).toMatchObject({ kind: 'invalid_response' });
    expect(await paybase.customers.createAuthenticationToken(id)).toMatchObject({ success: false, requirements: { missing: 2 } });
  });
});
