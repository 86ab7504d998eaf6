import { describe, expect, it } from 'vitest';
import { ADA, BASE, ENTRY, OTHER_ENTRY, usePayabliMock } from '../test-support.js';
import { createPayabliMock, createPayabliSandbox } from './payabli-mock.js';
import { PAYABLI_MOCK_CREDENTIALS } from './payabli-sandbox.js';

let clock = 0;
const payabli = usePayabliMock({ now: () => clock });
const headers = { requestToken: PAYABLI_MOCK_CREDENTIALS.apiKey, 'content-type': 'application/json' };

/** Raw requests, to see the mock exactly as Payabli's API would answer them. */
async function raw(method: string, path: string, body?: unknown, extra: Record<string, string> = {}) {
  const response = await fetch(`${BASE}${path}`, { method, headers: { ...headers, ...extra }, body: body === undefined ? undefined : JSON.stringify(body) });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

describe('the Payabli mock', () => {
  it('createPayabliSandbox is createPayabliMock under the other providers\' name', () => expect(createPayabliSandbox).toBe(createPayabliMock));

  it('matches customers on the paypoint identifiers like Payabli: same e-mail → the existing customer', async () => {
    const first = await raw('POST', `/Customer/single/${ENTRY}`, ADA);
    const again = await raw('POST', `/Customer/single/${ENTRY}`, { email: ADA.email, firstname: 'Augusta' });
    expect((again.body.responseData as { customerId: number }).customerId).toBe((first.body.responseData as { customerId: number }).customerId);
    expect(payabli.mock.sandbox.customers.size).toBe(1);
    // Paypoints keep separate customer lists.
    await raw('POST', `/Customer/single/${OTHER_ENTRY}`, ADA);
    expect(payabli.mock.sandbox.customers.size).toBe(2);
  });

  it('forceCustomerCreation always creates; replaceExisting=1 overwrites the match', async () => {
    await raw('POST', `/Customer/single/${ENTRY}`, ADA);
    await raw('POST', `/Customer/single/${ENTRY}?forceCustomerCreation=true`, ADA);
    expect(payabli.mock.sandbox.customers.size).toBe(2);
    await raw('POST', `/Customer/single/${ENTRY}?replaceExisting=1`, { ...ADA, lastname: 'King' });
    expect(payabli.mock.sandbox.customer(4440)!.Lastname).toBe('King');
  });

  it('answers a create without identifier values with 400 "Invalid customer identifiers"', async () => {
    const response = await raw('POST', `/Customer/single/${ENTRY}`, { city: 'Austin' });
    expect(response).toMatchObject({ status: 400, body: { isSuccess: false, responseText: 'Invalid customer identifiers: email' } });
  });

  it('remembers idempotency keys for the window, then forgets them', async () => {
    const key = { idempotencyKey: 'k-1' };
    expect((await raw('POST', `/Customer/single/${ENTRY}`, ADA, key)).status).toBe(200);
    clock += 119_000;
    expect(await raw('POST', `/Customer/single/${ENTRY}`, ADA, key)).toMatchObject({ status: 409, body: { responseText: 'Duplicated idempotencyKey: k-1' } });
    clock += 121_000;
    expect((await raw('POST', `/Customer/single/${ENTRY}`, ADA, key)).status).toBe(200);
  });

  it('refuses missing, wrong and doubled credentials', async () => {
    expect((await raw('GET', '/Customer/4440', undefined, { requestToken: 'nope' })).status).toBe(401);
    expect((await raw('GET', '/Customer/4440', undefined, { authorization: 'Bearer nope' })).status).toBe(400);
    const response = await fetch(`${BASE}/Customer/4440`);
    expect(response.status).toBe(401);
  });

  it('returns everything for limitRecord=0, and a Summary like Payabli', async () => {
    for (let index = 0; index < 23; index++) payabli.mock.sandbox.seedCustomer(ENTRY, { email: `c${index}@example.com` });
    const all = await raw('GET', `/Query/customers/${ENTRY}?limitRecord=0`);
    expect((all.body.Records as unknown[]).length).toBe(23);
    const page = await raw('GET', `/Query/customers/${ENTRY}?fromRecord=20&limitRecord=20`);
    expect(page.body.Summary).toEqual({ pageIdentifier: null, pageSize: 20, totalAmount: 0, totalNetAmount: 0, totalPages: 2, totalRecords: 23 });
    expect((page.body.Records as unknown[]).length).toBe(3);
  });

  it('refuses PUT status -99 (3006) and treats a deleted customer as not found for writes', async () => {
    payabli.mock.sandbox.seedCustomer(ENTRY, ADA);
    expect(await raw('PUT', '/Customer/4440', { customerStatus: -99 })).toMatchObject({ status: 400, body: { responseCode: 3006 } });
    await raw('DELETE', '/Customer/4440');
    expect((await raw('PUT', '/Customer/4440', { city: 'x' })).status).toBe(400);
    expect((await raw('GET', '/Customer/4440')).body.customerStatus).toBe(-99);
  });

  it('records consent e-mails, and the sandbox confirms them', async () => {
    payabli.mock.sandbox.seedCustomer(ENTRY, ADA);
    payabli.mock.sandbox.seedCustomer(ENTRY, { customerNumber: 'no-mail' });
    expect((await raw('POST', '/Customer/4441/consent')).status).toBe(400);
    await raw('POST', '/Customer/4440/consent');
    expect(payabli.mock.sandbox.consentEmails).toEqual([4440]);
    expect(payabli.mock.sandbox.confirmConsent(4440).customerConsent?.eCommunication?.status).toBe(1);
  });
});
