import { describe, expect, it } from 'vitest';
import { ADA, BASE, ENTRY, rejectionOf, usePayabliMock } from '../test-support.js';
import { PAYABLI_MOCK_CREDENTIALS } from '../testing/payabli-sandbox.js';

const payabli = usePayabliMock();
const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('customers.create', () => {
  it('POSTs the flat body to /Customer/single/{entry} with requestToken and a generated idempotency key, and returns the record', async () => {
    const customer = await payabli.client().customers.create(ENTRY, ADA);
    const [call] = await payabli.server.calls();
    expect(call!.method).toBe('POST');
    expect(call!.url).toBe(`${BASE}/Customer/single/${ENTRY}`);
    expect(call!.headers.requesttoken).toBe(PAYABLI_MOCK_CREDENTIALS.apiKey);
    expect(call!.headers.authorization).toBeUndefined();
    expect(call!.headers['content-type']).toBe('application/json');
    expect(call!.headers.idempotencykey).toMatch(UUID_V4);
    // Sent in the schema's field order, exactly the bytes of the validated body.
    expect(call!.body).toBe('{"customerNumber":"C-1001","firstname":"Ada","lastname":"Lovelace","email":"ada@example.com","zip":"37615","country":"US"}');
    expect(customer).toMatchObject({ customerId: 4440, customerNumber: 'C-1001', Firstname: 'Ada', Lastname: 'Lovelace', Email: 'ada@example.com', customerStatus: 0, PaypointEntryname: ENTRY });
  });

  it('generates a new key for every call', async () => {
    const client = payabli.client();
    await client.customers.create(ENTRY, ADA);
    await client.customers.create(ENTRY, { ...ADA, email: 'grace@example.com', customerNumber: 'C-1002' });
    const [first, second] = await payabli.server.calls();
    expect(first!.headers.idempotencykey).not.toBe(second!.headers.idempotencykey);
  });

  it('sends forceCustomerCreation and replaceExisting as Payabli reads them, and a caller-given key verbatim', async () => {
    const client = payabli.client();
    await client.customers.create(ENTRY, ADA, { forceCustomerCreation: true, idempotencyKey: 'order-7f3a' });
    await client.customers.create(ENTRY, { ...ADA, city: 'Johnson City' }, { replaceExisting: true });
    const [forced, replaced] = await payabli.server.calls();
    expect(forced!.url).toBe(`${BASE}/Customer/single/${ENTRY}?forceCustomerCreation=true`);
    expect(forced!.headers.idempotencykey).toBe('order-7f3a');
    expect(replaced!.url).toBe(`${BASE}/Customer/single/${ENTRY}?replaceExisting=1`);
    expect(payabli.mock.sandbox.customer(4440)!.City).toBe('Johnson City');
  });

  it('answers a reused key with a conflict error that says what happened, and creates nothing', async () => {
    const client = payabli.client();
    await client.customers.create(ENTRY, ADA, { idempotencyKey: 'reused-key-1' });
    const error = await rejectionOf(client.customers.create(ENTRY, { ...ADA, email: 'other@example.com' }, { idempotencyKey: 'reused-key-1' }));
    expect(error).toMatchObject({ name: 'PayabliError', kind: 'conflict', status: 409, idempotencyKey: 'reused-key-1', possiblyCreated: true, attempts: 1 });
    expect(error.message).toMatch(/already received this idempotency key/);
    expect(error.message).toMatch(/look the customer up/);
    expect(payabli.mock.sandbox.customers.size).toBe(1);
  });

  it('validates the body before sending: every bad field at once, values never quoted', async () => {
    const error = await rejectionOf(
      payabli.client().customers.create(ENTRY, { email: 'not-an-email', country: 'usa', timeZone: 13, shippingZip: '1234', firstName: 'Ada' } as never),
    );
    expect(error).toMatchObject({ kind: 'validation' });
    const paths = (error.issues as { path: string }[]).map((issue) => issue.path).sort();
    expect(paths).toEqual(['country', 'email', 'firstName', 'shippingZip', 'timeZone']);
    expect(error.message).toContain('Payabli spells it `firstname`');
    expect(error.message).not.toContain('not-an-email');
    expect(await payabli.server.calls()).toHaveLength(0);
  });

  it('refuses a body without any identifier value, a status other than 0/1, and contradictory flags', async () => {
    const client = payabli.client();
    await expect(client.customers.create(ENTRY, { city: 'Austin' })).rejects.toMatchObject({ kind: 'validation', issues: [{ path: '(body)' }] });
    await expect(client.customers.create(ENTRY, { ...ADA, customerStatus: 85 })).rejects.toMatchObject({ issues: [{ path: 'customerStatus' }] });
    await expect(client.customers.create(ENTRY, ADA, { forceCustomerCreation: true, replaceExisting: 1 })).rejects.toMatchObject({ issues: [{ path: 'replaceExisting' }] });
    await expect(client.customers.create(ENTRY, ADA, { idempotencyKey: 'has space' })).rejects.toMatchObject({ issues: [{ path: 'idempotencyKey' }] });
    await expect(client.customers.create('', ADA)).rejects.toMatchObject({ issues: [{ path: 'entry' }] });
    expect(await payabli.server.calls()).toHaveLength(0);
  });

  it('turns an unknown entry (responseCode 3001) into a not_found error', async () => {
    await expect(payabli.client().customers.create('no-such-paypoint', ADA)).rejects.toMatchObject({ kind: 'not_found', code: 3001, status: 400 });
  });
});

describe('customers.retrieve', () => {
  it('GETs /Customer/{id} and reads the bare record', async () => {
    const client = payabli.client();
    const created = await client.customers.create(ENTRY, ADA);
    const { data, response } = await client.customers.retrieve(created.customerId).withResponse();
    const calls = await payabli.server.calls();
    expect(calls[1]).toMatchObject({ method: 'GET', url: `${BASE}/Customer/4440`, body: '' });
    expect(calls[1]!.headers.idempotencykey).toBeUndefined();
    expect(data).toMatchObject({ customerId: 4440, Email: 'ada@example.com', StoredMethods: [], customerConsent: { eCommunication: { status: 0 } } });
    expect(response.status).toBe(200);
  });

  it('reads records whatever the key casing, keeping the documented spelling', async () => {
    payabli.server.use(
      (await import('msw')).http.get(`${BASE}/Customer/77`, () =>
        Response.json({ CUSTOMERID: 77, firstname: 'Ada', EMAIL: 'ada@example.com', CustomerStatus: 1, storedmethods: [{ idpmethod: 'tok-1', method: 'card' }], CUSTOMERSUMMARY: null }),
      ),
    );
    const record = await payabli.client().customers.retrieve(77);
    expect(record).toMatchObject({ customerId: 77, Firstname: 'Ada', Email: 'ada@example.com', customerStatus: 1, StoredMethods: [{ IdPmethod: 'tok-1', Method: 'card' }], customerSummary: null });
  });

  it('refuses ids that are not positive whole numbers without sending', async () => {
    const client = payabli.client();
    for (const id of [0, -1, 1.5, Number.NaN, '12' as unknown as number]) {
      await expect(client.customers.retrieve(id)).rejects.toMatchObject({ kind: 'validation', issues: [{ path: 'customerId' }] });
    }
    expect(await payabli.server.calls()).toHaveLength(0);
  });

  it('maps an unknown id (HTTP 400 "Customer not found") to not_found', async () => {
    await expect(payabli.client().customers.retrieve(999)).rejects.toMatchObject({ kind: 'not_found', status: 400 });
  });
});

describe('customers.update', () => {
  it('PUTs only the given fields and returns the generic envelope', async () => {
    const client = payabli.client();
    await client.customers.create(ENTRY, ADA);
    const result = await client.customers.update(4440, { city: 'Johnson City', additionalFields: { tier: 'gold' } });
    const calls = await payabli.server.calls();
    expect(calls[1]).toMatchObject({ method: 'PUT', url: `${BASE}/Customer/4440`, body: '{"city":"Johnson City","additionalFields":{"tier":"gold"}}' });
    expect(calls[1]!.headers.idempotencykey).toBeUndefined();
    expect(result).toEqual({ isSuccess: true, responseCode: 1, responseData: ' ', responseText: 'Success', pageIdentifier: null });
    expect(payabli.mock.sandbox.customer(4440)).toMatchObject({ City: 'Johnson City', Firstname: 'Ada', AdditionalFields: { tier: 'gold' } });
  });

  it('refuses an empty update', async () => {
    await expect(payabli.client().customers.update(4440, {})).rejects.toMatchObject({ kind: 'validation', issues: [{ path: '(body)' }] });
  });
});

describe('customers.delete', () => {
  it('DELETEs /Customer/{id}; the record is then status -99', async () => {
    const client = payabli.client();
    await client.customers.create(ENTRY, ADA);
    const result = await client.customers.delete(4440);
    const calls = await payabli.server.calls();
    expect(calls[1]).toMatchObject({ method: 'DELETE', url: `${BASE}/Customer/4440`, body: '' });
    expect(result).toMatchObject({ isSuccess: true, responseCode: 1, responseText: 'Success', pageIdentifier: 'null', roomId: 0 });
    expect((await client.customers.retrieve(4440)).customerStatus).toBe(-99);
  });
});

describe('customers.linkTransaction', () => {
  it('GETs /Customer/link/{customerId}/{transId} with the id encoded and caches told to stay out', async () => {
    const client = payabli.client();
    await client.customers.create(ENTRY, ADA);
    const result = await client.customers.linkTransaction(4440, '45-as456777hhhhhhhhhh77777777-324');
    const calls = await payabli.server.calls();
    expect(calls[1]).toMatchObject({ method: 'GET', url: `${BASE}/Customer/link/4440/45-as456777hhhhhhhhhh77777777-324` });
    expect(calls[1]!.headers['cache-control']).toBe('no-cache');
    expect(result.isSuccess).toBe(true);
    expect(payabli.mock.sandbox.links.get('45-as456777hhhhhhhhhh77777777-324')).toBe(4440);
  });

  it('encodes a transId so it cannot change the endpoint', async () => {
    await payabli.client().customers.create(ENTRY, ADA);
    await payabli.client().customers.linkTransaction(4440, 'a/../b').catch(() => undefined);
    const calls = await payabli.server.calls();
    expect(calls[1]!.url).toBe(`${BASE}/Customer/link/4440/a%2F..%2Fb`);
  });
});

describe('customers.requestConsent', () => {
  it('POSTs /Customer/{id}/consent without a body or key, and the e-mail is sent once', async () => {
    const client = payabli.client();
    await client.customers.create(ENTRY, ADA);
    const result = await client.customers.requestConsent(4440);
    const calls = await payabli.server.calls();
    expect(calls[1]).toMatchObject({ method: 'POST', url: `${BASE}/Customer/4440/consent`, body: '' });
    expect(calls[1]!.headers.idempotencykey).toBeUndefined();
    expect(result.responseText).toBe('Success');
    expect(payabli.mock.sandbox.consentEmails).toEqual([4440]);
    expect((await client.customers.retrieve(4440)).customerConsent?.eCommunication?.status).toBe(-1);
  });

  it('is not repeated after a 5xx (each call sends an e-mail), but is after a 429', async () => {
    const client = payabli.client();
    await client.customers.create(ENTRY, ADA);
    payabli.mock.sandbox.faults.inject({ kind: 'server_error', status: 500 }, { path: '/consent' });
    await expect(client.customers.requestConsent(4440)).rejects.toMatchObject({ kind: 'server', attempts: 1 });
    payabli.mock.sandbox.faults.inject({ kind: 'rate_limit', retryAfterMs: 1 }, { path: '/consent' });
    await expect(client.customers.requestConsent(4440)).resolves.toMatchObject({ isSuccess: true });
    expect(payabli.mock.sandbox.consentEmails).toEqual([4440]);
  });
});

describe('envelopes', () => {
  it('treats HTTP 200 with isSuccess: false as an error carrying responseCode, explanation and todoAction', async () => {
    const { http } = await import('msw');
    payabli.server.use(
      http.put(`${BASE}/Customer/4440`, () =>
        Response.json({ isSuccess: false, responseText: 'Declined', responseCode: 3003, responseData: { explanation: 'zip is not valid', todoAction: 'Fix the zip' } }),
      ),
    );
    const error = await rejectionOf(payabli.client().customers.update(4440, { city: 'Austin' }));
    expect(error).toMatchObject({ name: 'PayabliError', kind: 'validation', status: 200, code: 3003, responseText: 'Declined', explanation: 'zip is not valid', todoAction: 'Fix the zip', attempts: 1 });
    expect(error.message).toContain('HTTP 200 with isSuccess: false');
  });

  it('treats a lowercase-keyed "Declined" envelope without isSuccess as an error too', async () => {
    const { http } = await import('msw');
    payabli.server.use(http.delete(`${BASE}/Customer/4440`, () => Response.json({ RESPONSETEXT: 'Declined', ISSUCCESS: null })));
    await expect(payabli.client().customers.delete(4440)).rejects.toMatchObject({ kind: 'validation', status: 200 });
  });
});
