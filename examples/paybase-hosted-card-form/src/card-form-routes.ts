import { isClienteleError } from '@clientele/core';
import type { PaybaseClient } from '@clientele/paybase';

/** Options of {@link createCardFormRoutes}. */
export interface CardFormRoutesOptions {
  /** A Paybase client built on the server with the API key (never in a page). */
  paybase: PaybaseClient;
  /** Which Paybase customer the request's signed-in user is (from your session). `undefined`: not signed in. */
  customerOf(request: Request): string | undefined | Promise<string | undefined>;
  /** Called with a card the hosted form saved for the customer (store its id; it is not card data). */
  onCardSaved?(customerId: string, cardId: string): void | Promise<void>;
}

/**
 * The merchant server's side of the hosted card form, as fetch-style routes (Hono, Next.js route handlers,
 * Workers, or Node through an adapter):
 *
 * - `POST /card-form/token` mints a short-lived customer access token for the signed-in user. The API key
 *   stays here; the page only ever gets this token, scoped to one customer.
 * - `POST /card-form/saved` records the id of the card the hosted form saved. The card number and CVV went
 *   from the customer's browser straight to Paybase; this server never sees them.
 */
export function createCardFormRoutes(options: CardFormRoutesOptions): (request: Request) => Promise<Response> {
  const { paybase } = options;
  return async (request) => {
    const path = new URL(request.url).pathname;
    const customerId = await options.customerOf(request);
    if (!customerId) return Response.json({ error: 'sign in first' }, { status: 401 });
    try {
      if (request.method === 'POST' && path === '/card-form/token') {
        const token = await paybase.customers.createAuthenticationToken(customerId);
        if (!token.success) return Response.json({ error: 'strong customer authentication needed' }, { status: 403 });
        return Response.json({ accessToken: token.accessToken, expiresAt: token.expiresAt }, { headers: { 'cache-control': 'no-store' } });
      }
      if (request.method === 'POST' && path === '/card-form/saved') {
        const { cardId } = (await request.json()) as { cardId?: unknown };
        if (typeof cardId !== 'string' || !cardId.startsWith('card/')) return Response.json({ error: 'cardId must be a Paybase card id' }, { status: 400 });
        await options.onCardSaved?.(customerId, cardId);
        return Response.json({ saved: true });
      }
      return Response.json({ error: 'not found' }, { status: 404 });
    } catch (error) {
      if (isClienteleError(error)) return Response.json({ error: error.kind }, { status: 502 });
      throw error;
    }
  };
}
