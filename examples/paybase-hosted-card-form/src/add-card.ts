import { mountCardForm, type CardFormResult, type MountCardFormOptions } from '@clientele/paybase/browser';

/** Options of {@link addCard}. */
export interface AddCardOptions {
  /** Where the hosted form goes. */
  container: HTMLElement;
  /** Where progress and errors are shown (a `role="status"` element). */
  status: HTMLElement;
  /** The merchant server's routes (see `createCardFormRoutes`), e.g. `'/card-form'`. */
  serverUrl: string;
  /** Paybase's hosted pages: `{ environment: 'sandbox' }` or `{ hostedUrl }` (a proxy or a test page). */
  hosted: Pick<MountCardFormOptions, 'environment' | 'hostedUrl'>;
  /** @default globalThis.fetch */
  fetch?: typeof globalThis.fetch;
}

/**
 * The "add a card" page: asks the merchant server for a customer access token, shows Paybase's hosted card
 * form with it, and reports the saved card's id back to the server. The page never handles the card number:
 * it is typed into Paybase's iframe, and only `{ type: 'success', id }` or `{ type: 'error', code, message }`
 * comes back, from the hosted form's origin only.
 *
 * Resolves with the saved card's id once the customer saved one.
 */
export async function addCard(options: AddCardOptions): Promise<string> {
  const fetch = options.fetch ?? globalThis.fetch;
  const show = (text: string) => (options.status.textContent = text);

  show('Loading the card form…');
  const minted = await fetch(`${options.serverUrl}/token`, { method: 'POST', credentials: 'include' });
  if (!minted.ok) {
    show('Could not open the card form. Please sign in again.');
    throw new Error(`The server refused a card-form token (HTTP ${minted.status}).`);
  }
  const { accessToken } = (await minted.json()) as { accessToken: string };

  return new Promise<string>((resolve, reject) => {
    const form = mountCardForm({
      ...options.hosted,
      accessToken,
      container: options.container,
      title: 'Card details',
      // Every result: an error keeps the form open so the customer can correct the card and try again.
      async onResult(result: CardFormResult) {
        if (result.type === 'error') {
          show(result.reason === 'declined' ? 'Your card was declined. Check the details and try again.' : result.message);
          return;
        }
        show('Saving…');
        try {
          const saved = await fetch(`${options.serverUrl}/saved`, {
            method: 'POST',
            credentials: 'include',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ cardId: result.id }),
          });
          if (!saved.ok) throw new Error(`The server did not record the card (HTTP ${saved.status}).`);
          form.unmount();
          show('Card saved.');
          resolve(result.id);
        } catch (error) {
          show('The card was saved at Paybase, but we could not record it. Please refresh.');
          reject(error);
        }
      },
    });
    show('Enter your card details.');
  });
}
