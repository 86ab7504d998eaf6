// Runs in real Chromium: the page from index.html, its script, and an MSW service worker standing in for
// the merchant's server (which passes the ciphertexts to the SGATE mock, as a real one would to SGATE).
import { createSgate, type CreateCustomerParams } from '@clientele/sgate';
import { createSgateSandbox, sgateFixtures } from '@clientele/sgate/testing';
import { http, HttpResponse } from 'msw';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useMockServer } from '#mock-server';
import page from './index.html?raw';
import { protectPayeeForm } from './src/protect-payee-form.js';

const sandbox = createSgateSandbox({ callbackUrl: undefined, reviewDelayMs: 'manual' });
const { systemPublicKey } = sandbox.clientOptions();
const payee = sgateFixtures.bankCustomer('browser-payee');
const plaintexts = [payee.identity!, payee.cardno!];

// The merchant's server, as MSW handlers: it never sees the plaintext and passes the ciphertexts on.
// (This stand-in runs in the test page; a real one runs on the server, where createSgate belongs.)
const merchantServer = http.post('https://merchant.example/payees', async ({ request }) => {
  const form = (await request.json()) as Omit<CreateCustomerParams, 'mercustomid'>;
  const sgate = createSgate(sandbox.clientOptions());
  const customer = await sgate.customers.create({ ...form, mercustomid: 'browser-payee' });
  return HttpResponse.json({ mercustomid: customer.mercustomid, status: customer.status }, { status: 201 });
});
const server = useMockServer(merchantServer, ...sandbox.handlers);

function renderPage(): HTMLFormElement {
  const parsed = new DOMParser().parseFromString(page, 'text/html');
  parsed.querySelector<HTMLMetaElement>('meta[name="sgate-system-public-key"]')!.content = String(systemPublicKey);
  document.head.append(parsed.querySelector('meta[name="sgate-system-public-key"]')!);
  document.body.append(parsed.querySelector('form')!);
  return document.querySelector<HTMLFormElement>('#payee-form')!;
}

function fill(form: HTMLFormElement, values: Partial<Record<string, unknown>>): void {
  for (const [key, value] of Object.entries(values)) {
    const input = form.querySelector<HTMLInputElement>(`#${key}, [name="${key}"]`);
    if (input && typeof value === 'string') input.value = value;
  }
}

beforeEach(() => sandbox.reset());
afterEach(() => {
  document.body.replaceChildren();
  document.head.querySelector('meta[name="sgate-system-public-key"]')?.remove();
});

// Generous per-test limits: CI runs the suite on two cores (nothing here asserts on time).
describe('payee form with browser-side SGATE encryption', { timeout: 15_000 }, () => {
  it('posts only ciphertexts, which SGATE decrypts to what the customer typed', async () => {
    const form = renderPage();
    const submit = protectPayeeForm(form, { systemPublicKey: String(systemPublicKey) });
    // Typed the way people type them: spaces in the card number.
    fill(form, { ...payee, cardno: '5123 4500 0000 0001' });

    const outcome = await submit();
    expect(outcome.ok && outcome.response.status).toBe(201);

    const calls = await server.calls();
    const toMerchant = calls.filter((call) => call.url === 'https://merchant.example/payees');
    expect(toMerchant).toHaveLength(1);
    const sent = JSON.parse(toMerchant[0]!.body) as Record<string, string>;
    expect(sent.cardno).toMatch(/^[A-Za-z0-9+/]{342}==$/); // one 2048-bit RSA block, base64
    expect(sent.identity).toMatch(/^[A-Za-z0-9+/]{342}==$/);
    // No request the page caused (to the merchant, and from there to SGATE) carries a plaintext value.
    for (const call of calls) for (const plaintext of [...plaintexts, '5123 4500']) expect(call.body + call.url).not.toContain(plaintext);
    // SGATE (the mock, with the system private key) recovers exactly what was typed:
    expect(sandbox.customers.byMercustomid('browser-payee')).toMatchObject({ identity: payee.identity, cardno: payee.cardno });
  });

  it('never lets a native submission carry the sensitive inputs', () => {
    const form = renderPage();
    fill(form, payee);
    // What the browser would post if the script never ran: the sensitive inputs have no name.
    const native = [...new FormData(form).values()].join('|');
    for (const plaintext of plaintexts) expect(native).not.toContain(plaintext);
  });

  it('checks the card rule before encrypting and sends nothing when it fails', async () => {
    const form = renderPage();
    const submit = protectPayeeForm(form, { systemPublicKey: String(systemPublicKey) });
    fill(form, { ...payee, cardno: '1234' });

    const outcome = await submit();
    expect(outcome).toEqual({ ok: false, message: expect.stringContaining('cardno') });
    expect(form.querySelector('[role="status"]')!.textContent).toContain('cardno');
    expect(await server.calls()).toEqual([]);
  });

  it('is wired by the page script: the submit button posts the encrypted form', async () => {
    const form = renderPage();
    await import('./src/main.js');
    fill(form, payee);
    form.requestSubmit();

    await vi.waitFor(() => expect(form.querySelector('[role="status"]')!.textContent).toBe('Saved.'), { timeout: 10_000 });
    expect(sandbox.customers.byMercustomid('browser-payee')).toMatchObject({ cardno: payee.cardno });
    for (const call of await server.calls()) for (const plaintext of plaintexts) expect(call.body).not.toContain(plaintext);
  });
});
