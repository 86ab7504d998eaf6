// Runs in real Chromium: the "add a card" page (src/add-card.ts) with Paybase's hosted form in an iframe,
// the merchant server's routes (src/card-form-routes.ts) and Paybase itself played by MSW handlers (the
// Paybase ones from `@clientele/paybase/testing`).
import { createPaybase } from '@clientele/paybase';
import { createPaybaseSandbox, MOCK_DECLINED_CARD, paybaseFixtures } from '@clientele/paybase/testing';
import { http } from 'msw';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { useMockServer } from '#mock-server';
import { addCard } from './src/add-card.js';
import { createCardFormRoutes } from './src/card-form-routes.js';

const testSupport = '/examples/paybase-hosted-card-form/test-support';
// The hosted form at a URL of this page's origin (see test-support/hosted/card.html for why).
const hostedUrl = `${location.origin}${testSupport}/hosted`;
const sandbox = createPaybaseSandbox({ hostedUrl });
const serverUrl = 'https://merchant.example/card-form';
const PAN = '4242424242424242';

// The merchant's server. Here it runs as an MSW handler inside the test page, hence dangerouslyAllowBrowser;
// on a real server createPaybase needs no such flag, and the API key never reaches a page.
const paybase = createPaybase({ apiKey: sandbox.apiKey, environment: 'sandbox', dangerouslyAllowBrowser: true });
let signedInCustomer: string | undefined;
const savedCards: string[] = [];
const routes = createCardFormRoutes({ paybase, customerOf: () => signedInCustomer, onCardSaved: (_customer, cardId) => void savedCards.push(cardId) });
const server = useMockServer(http.post(`${serverUrl}/*`, ({ request }) => routes(request)), ...sandbox.handlers);

/** The hosted form's document (same origin in this test, so the test can play the customer typing in it). */
async function hostedForm(container: HTMLElement): Promise<HTMLFormElement> {
  return vi.waitFor(
    () => {
      const form = container.querySelector('iframe')?.contentDocument?.querySelector<HTMLFormElement>('form#card');
      if (!form) throw new Error('the hosted card form has not loaded yet');
      return form;
    },
    { timeout: 10_000, interval: 20 },
  );
}

function typeCard(form: HTMLFormElement, card: { cardNumber: string; expiry: string; cvv: string }): void {
  for (const [name, value] of Object.entries(card)) form.querySelector<HTMLInputElement>(`[name="${name}"]`)!.value = value;
  form.requestSubmit();
}

function renderPage() {
  const container = document.createElement('div');
  const status = document.createElement('p');
  status.setAttribute('role', 'status');
  document.body.append(container, status);
  return { container, status };
}

beforeAll(async () => {
  const customer = await paybase.customers.individual.create(paybaseFixtures.individual());
  signedInCustomer = customer.id;
});
afterEach(() => {
  document.body.replaceChildren();
  savedCards.length = 0;
});

// Generous per-test limits: CI runs the suite on two cores (nothing here asserts on time).
describe('Paybase hosted card form', { timeout: 15_000 }, () => {
  it('saves a card typed into the hosted form; the merchant only ever handles the token and the card id', async () => {
    const page = renderPage();
    const added = addCard({ ...page, serverUrl, hosted: { hostedUrl } });

    typeCard(await hostedForm(page.container), { cardNumber: PAN, expiry: '12/30', cvv: '123' });
    const cardId = await added;

    expect(cardId).toMatch(/^card\//);
    expect(page.status.textContent).toBe('Card saved.');
    expect(page.container.querySelector('iframe')).toBeNull();
    expect(savedCards).toEqual([cardId]);
    expect(sandbox.cards.get(cardId)).toMatchObject({ ownerId: signedInCustomer, cardNumberSuffix: '4242' });

    const calls = await server.calls();
    const toMerchant = calls.filter((call) => call.url.startsWith(serverUrl));
    expect(toMerchant.map((call) => call.url)).toEqual([`${serverUrl}/token`, `${serverUrl}/saved`]);
    for (const call of toMerchant) expect(call.body + call.url).not.toContain(PAN);
    // The token request from the merchant server to Paybase carried the API key; the page never did:
    expect(calls.some((call) => call.url.includes('/tokens') && call.headers['x-token'] === sandbox.apiKey)).toBe(true);
    expect(toMerchant.every((call) => !JSON.stringify(call.headers).includes(sandbox.apiKey))).toBe(true);
  });

  it('keeps the form open after a declined card and saves the corrected one', async () => {
    const page = renderPage();
    const added = addCard({ ...page, serverUrl, hosted: { hostedUrl } });
    const form = await hostedForm(page.container);

    typeCard(form, { cardNumber: MOCK_DECLINED_CARD, expiry: '12/30', cvv: '123' });
    await vi.waitFor(() => expect(page.status.textContent).toContain('declined'), { timeout: 10_000 });
    expect(savedCards).toEqual([]);

    typeCard(form, { cardNumber: '5555555555554444', expiry: '11/29', cvv: '321' });
    expect(await added).toMatch(/^card\//);
    expect(savedCards).toHaveLength(1);
  });

  it('ignores a result posted by a page of another origin', async () => {
    const page = renderPage();
    const added = addCard({ ...page, serverUrl, hosted: { hostedUrl } });
    const form = await hostedForm(page.container);

    // Another origin (127.0.0.1 instead of localhost) claims success; the message does reach this window…
    const forgedArrived = new Promise<string>((resolve) =>
      window.addEventListener('message', (event) => event.data?.id === 'card/forged-by-another-origin' && resolve(event.origin)),
    );
    const intruder = document.createElement('iframe');
    intruder.src = `http://127.0.0.1:${location.port}${testSupport}/forged-result.html`;
    document.body.append(intruder);
    expect(await forgedArrived).not.toBe(location.origin);

    // …but the page is still waiting for the real form, and nothing was recorded.
    expect(savedCards).toEqual([]);
    expect(page.status.textContent).toBe('Enter your card details.');
    typeCard(form, { cardNumber: '4000056655665556', expiry: '10/28', cvv: '999' });
    const cardId = await added;
    expect(cardId).not.toBe('card/forged-by-another-origin');
    expect(savedCards).toEqual([cardId]);
  });

  it('shows an error and mounts nothing when the server refuses a token (not signed in)', async () => {
    const page = renderPage();
    const before = signedInCustomer;
    signedInCustomer = undefined;
    try {
      await expect(addCard({ ...page, serverUrl, hosted: { hostedUrl } })).rejects.toThrow('HTTP 401');
    } finally {
      signedInCustomer = before;
    }
    expect(page.status.textContent).toContain('sign in');
    expect(page.container.querySelector('iframe')).toBeNull();
  });
});
