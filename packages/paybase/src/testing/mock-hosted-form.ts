import { randomUuid } from '@clientele/core';
import type { PaybaseSandbox } from './paybase-sandbox.js';

/** Card numbers ending in these digits are declined by the mock's hosted form (code 5002). */
export const MOCK_DECLINED_CARD = '4000000000000002';

function luhn(digits: string): boolean {
  let sum = 0;
  for (let index = 0; index < digits.length; index++) {
    let digit = Number(digits[digits.length - 1 - index]);
    if (index % 2 === 1) digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
    sum += digit;
  }
  return sum % 10 === 0;
}

/** The customer a hosted-page token belongs to, or `undefined` when it is unknown or expired. */
function tokenOwner(sandbox: PaybaseSandbox, request: Request): string | undefined {
  const token = new URL(request.url).searchParams.get('t') ?? '';
  const entry = sandbox.tokens.get(token);
  return entry && entry.expiresAt > sandbox.now().getTime() ? entry.customerUuid : undefined;
}

const script = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

/**
 * `GET <hosted>/card?t=…`: the mock's card form. It POSTs the card to the same URL and posts the answer to the
 * parent window with `postMessage`, as Paybase's form does (`{ type: 'success', id }` or `{ type: 'error', code, message }`).
 */
export function renderCardForm(sandbox: PaybaseSandbox, request: Request): Response {
  if (!tokenOwner(sandbox, request)) {
    return new Response('<!doctype html><title>Link expired</title><p>This card form link has expired. Ask for a new one.</p>', { status: 401, headers: { 'content-type': 'text/html' } });
  }
  const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Card details (Paybase mock)</title></head>
<body>
<form id="card">
  <label>Card number <input name="cardNumber" autocomplete="cc-number" inputmode="numeric"></label>
  <label>Expiry <input name="expiry" placeholder="MM/YY" autocomplete="cc-exp"></label>
  <label>CVV <input name="cvv" autocomplete="cc-csc" inputmode="numeric"></label>
  <button type="submit">Save card</button>
  <p id="status" role="status"></p>
</form>
<script>
  const action = ${script(request.url)};
  const form = document.getElementById('card');
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const fields = Object.fromEntries(new FormData(form));
    const response = await fetch(action, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(fields) });
    const result = await response.json();
    document.getElementById('status').textContent = result.type === 'success' ? 'Saved' : result.message || 'Failed';
    if (result.type) parent.postMessage(result, '*');
  });
</script>
</body></html>`;
  return new Response(html, { headers: { 'content-type': 'text/html; charset=utf-8' } });
}

/** `POST <hosted>/card?t=…`: saves the card, or answers 5002 (declined) / 4060 (already saved). Never echoes the number. */
export async function submitCard(sandbox: PaybaseSandbox, request: Request): Promise<Response> {
  const owner = tokenOwner(sandbox, request);
  if (!owner) return Response.json({ message: 'The card form link has expired.' }, { status: 401 });
  const fields = (await request.json().catch(() => ({}))) as { cardNumber?: unknown; expiry?: unknown; cvv?: unknown };
  const number = typeof fields.cardNumber === 'string' ? fields.cardNumber.replace(/[\s-]/g, '') : '';
  const expiry = typeof fields.expiry === 'string' ? fields.expiry : '';
  const cvv = typeof fields.cvv === 'string' ? fields.cvv : '';
  if (!/^\d{12,19}$/.test(number) || !luhn(number) || !/^\d{2}\/\d{2}$/.test(expiry) || !/^\d{3,4}$/.test(cvv) || number.endsWith('0002')) {
    return Response.json({ type: 'error', code: '5002', message: 'The card was declined or its details do not match.' });
  }
  const suffix = number.slice(-4);
  const ownerId = `customer/${owner}`;
  if (sandbox.cards.find((card) => card.ownerId === ownerId && card.cardNumberSuffix === suffix && card.expiry === expiry)) {
    return Response.json({ type: 'error', code: '4060', message: 'This card is already saved for the customer.' });
  }
  const id = `card/${randomUuid()}`;
  sandbox.cards.insert(id, { id, ownerId, cardNumberSuffix: suffix, expiry });
  return Response.json({ type: 'success', id });
}
