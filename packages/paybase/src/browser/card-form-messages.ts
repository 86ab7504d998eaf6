/** The hosted form saved the card. `id` is the new card's id (`card/<uuid>`). */
export interface CardFormSuccess {
  type: 'success';
  id: string;
}

/** Why the hosted form refused a card, from its error code. */
export type CardFormErrorReason = 'declined' | 'duplicate' | 'unknown';

/** The hosted form refused the card. The form stays usable, so the customer can try again. */
export interface CardFormError {
  type: 'error';
  /** Paybase's code: `5002` (declined or details do not match the billing address), `4060` (card already exists). */
  code: string;
  /** Paybase's message, for display. */
  message: string;
  reason: CardFormErrorReason;
}

/** A result message of the hosted card form. */
export type CardFormResult = CardFormSuccess | CardFormError;

const REASONS: Record<string, CardFormErrorReason> = { '5002': 'declined', '4060': 'duplicate' };

/**
 * Reads a `postMessage` payload of the hosted card form (`{ type: 'success', id }` or
 * `{ type: 'error', code, message }`, spec §4.11). Anything else is `undefined`, so messages of other scripts on
 * the page are ignored. Does not check where the message came from: {@link listenForCardForm} does.
 */
export function parseCardFormMessage(data: unknown): CardFormResult | undefined {
  let value = data;
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value);
    } catch {
      return undefined;
    }
  }
  if (typeof value !== 'object' || value === null) return undefined;
  const message = value as { type?: unknown; id?: unknown; code?: unknown; message?: unknown };
  if (message.type === 'success' && typeof message.id === 'string' && message.id !== '') return { type: 'success', id: message.id };
  if (message.type === 'error' && (typeof message.code === 'string' || typeof message.code === 'number')) {
    const code = String(message.code);
    return { type: 'error', code, message: typeof message.message === 'string' ? message.message : '', reason: REASONS[code] ?? 'unknown' };
  }
  return undefined;
}
