import { afterEach, describe, expect, it, vi } from 'vitest';
import { usePaybaseSandbox } from './__fixtures__/use-paybase-sandbox.js';
import { cardFormUrl, listenForCardForm, mountCardForm, type CardFormResult } from './browser.js';
import { paybaseFixtures } from './testing/fixtures.js';

/** The test page's origin and a second, really different origin served by the same test server. */
const pageOrigin = location.origin;
const otherOrigin = pageOrigin.includes('localhost') ? pageOrigin.replace('localhost', '127.0.0.1') : pageOrigin.replace('127.0.0.1', 'localhost');
const hostedUrl = `${otherOrigin}/packages/paybase/src/__fixtures__/hosted`;

const { sandbox, client } = usePaybaseSandbox();

/** Every message the page receives, whatever the SDK does with it. */
const received: { origin: string; data: unknown }[] = [];
window.addEventListener('message', (event) => received.push({ origin: event.origin, data: event.data }));

afterEach(() => {
  received.length = 0;
  document.body.replaceChildren();
});

function frameOf(src: string): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.src = src;
  const ready = new Promise<HTMLIFrameElement>((resolve) => frame.addEventListener('load', () => resolve(frame), { once: true }));
  document.body.append(frame);
  return ready;
}

async function loaded(frame: HTMLIFrameElement): Promise<void> {
  await vi.waitFor(() => expect(received.some((message) => message.origin === new URL(frame.src).origin && (message.data as { fixture?: string }).fixture === 'ready')).toBe(true));
}

const submit = (frame: HTMLIFrameElement, cardNumber = '4111111111111111') => frame.contentWindow!.postMessage({ simulate: 'submit', cardNumber }, new URL(frame.src).origin);

describe('mountCardForm in Chromium', () => {
  it('accepts the result of its own cross-origin iframe and ignores forged messages from other origins and windows', async () => {
    const results: CardFormResult[] = [];
    const container = document.createElement('div');
    document.body.append(container);
    const form = mountCardForm({ accessToken: 'pbt_token_0123456789ab', hostedUrl, container, onResult: (result) => results.push(result) });
    expect(form.iframe.src).toBe(`${hostedUrl}/card?t=pbt_token_0123456789ab`);
    expect(container.contains(form.iframe)).toBe(true);
    await loaded(form.iframe);

    // A forgery from the page's own origin (a same-origin frame), one from this window, one from another window of the allowed origin.
    const foreign = document.createElement('iframe');
    foreign.srcdoc = `<script>parent.postMessage({ type: 'success', id: 'card/forged-foreign' }, '*')</script>`;
    document.body.append(foreign);
    window.postMessage({ type: 'success', id: 'card/forged-self' }, '*');
    const impostor = await frameOf(`${hostedUrl}/card?t=impostor-000000`);
    submit(impostor);
    await vi.waitFor(() => expect(received.map((message) => (message.data as { id?: string }).id)).toEqual(expect.arrayContaining(['card/forged-foreign', 'card/forged-self', 'card/ostor-000000'])));
    expect(results).toEqual([]);

    submit(form.iframe);
    await expect(form.result).resolves.toEqual({ type: 'success', id: 'card/0123456789ab' });
    expect(results).toEqual([{ type: 'success', id: 'card/0123456789ab' }]);
    form.unmount();
    expect(container.contains(form.iframe)).toBe(false);
  });

  it('ignores the right window when it serves a page from an origin that is not allowed', async () => {
    const frame = await frameOf(`${pageOrigin}/packages/paybase/src/__fixtures__/hosted/card?t=pbt_wrong_origin`);
    await loaded(frame);
    const results: CardFormResult[] = [];
    const stop = listenForCardForm({ allowedOrigins: [otherOrigin], frame, onResult: (result) => results.push(result) });
    submit(frame);
    await vi.waitFor(() => expect(received.some((message) => (message.data as { id?: string }).id === 'card/wrong_origin')).toBe(true));
    stop();
    expect(results).toEqual([]);
  });

  it('reports a declined card as a typed error result and keeps the form mounted', async () => {
    const form = mountCardForm({ accessToken: 'pbt_token_declined00', hostedUrl, container: document.body });
    await loaded(form.iframe);
    submit(form.iframe, '4000000000000002');
    await expect(form.result).resolves.toEqual({ type: 'error', code: '5002', message: 'The card was declined.', reason: 'declined' });
    expect(document.body.contains(form.iframe)).toBe(true);
  });

  it('rejects the result when unmounted, aborted or timed out first', async () => {
    const unmounted = mountCardForm({ accessToken: 'pbt_a', hostedUrl, container: document.body });
    unmounted.unmount();
    await expect(unmounted.result).rejects.toMatchObject({ kind: 'aborted' });
    expect(document.body.contains(unmounted.iframe)).toBe(false);
    const controller = new AbortController();
    const aborted = mountCardForm({ accessToken: 'pbt_b', hostedUrl, container: document.body, signal: controller.signal });
    controller.abort();
    await expect(aborted.result).rejects.toMatchObject({ kind: 'aborted' });
    const late = mountCardForm({ accessToken: 'pbt_c', hostedUrl, container: document.body, timeout: 1 });
    await expect(late.result).rejects.toMatchObject({ kind: 'timeout' });
  });
});

describe('the mock-served hosted card form in Chromium', () => {
  it('captures a card end to end: server token → hosted form page from the mock → postMessage → card saved', async () => {
    const paybase = client();
    const customer = await paybase.customers.individual.create(paybaseFixtures.individual());
    const token = await paybase.customers.createAuthenticationToken(customer.id);
    if (!token.success) throw new Error('expected a token');
    const url = cardFormUrl({ accessToken: token.accessToken, environment: 'sandbox' });
    const html = await (await fetch(url)).text();
    expect(html).toContain('<form id="card">');

    // The page is rendered into a same-origin frame (service workers do not serve iframe navigations), so the
    // allowlist here is this page's origin; its fetch back to the hosted origin still goes to the mock.
    const frame = document.createElement('iframe');
    frame.srcdoc = html;
    const ready = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    document.body.append(frame);
    await ready;
    const results: CardFormResult[] = [];
    const stop = listenForCardForm({ allowedOrigins: [pageOrigin], frame, onResult: (result) => results.push(result) });
    const page = frame.contentDocument!;
    (page.querySelector('[name=cardNumber]') as HTMLInputElement).value = '4242 4242 4242 4242';
    (page.querySelector('[name=expiry]') as HTMLInputElement).value = '12/30';
    (page.querySelector('[name=cvv]') as HTMLInputElement).value = '123';
    (page.querySelector('button') as HTMLButtonElement).click();
    await vi.waitFor(() => expect(results).toHaveLength(1));
    stop();
    expect(results[0]).toMatchObject({ type: 'success', id: expect.stringMatching(/^card\//) });
    expect(sandbox.cards.all()).toEqual([{ id: (results[0] as { id: string }).id, ownerId: customer.id, cardNumberSuffix: '4242', expiry: '12/30' }]);
  });
});
