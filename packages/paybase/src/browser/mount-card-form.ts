import { ClienteleError } from '@clientele/core';
import type { CardFormResult } from './card-form-messages.js';
import { cardFormUrl, hostedOrigin, type CardFormUrlOptions } from './card-form-url.js';
import { listenForCardForm } from './listen-for-card-form.js';

/** Options of {@link mountCardForm}. */
export interface MountCardFormOptions extends CardFormUrlOptions {
  /** The element the iframe is appended to. */
  container: HTMLElement;
  /** Called for every result; the form stays mounted after an error so the customer can try again. */
  onResult?: ((result: CardFormResult) => void) | undefined;
  /** Extra origins to accept messages from, besides the hosted page's own origin. */
  allowedOrigins?: readonly string[] | undefined;
  /** Accessible title of the iframe. @default 'Card details' */
  title?: string | undefined;
  /** Unmounts the form when aborted. */
  signal?: AbortSignal | undefined;
  /** Rejects `result` with a `timeout` error when nothing arrived after this many milliseconds. @default no limit */
  timeout?: number | undefined;
}

/** A mounted hosted card form. */
export interface MountedCardForm {
  iframe: HTMLIFrameElement;
  /**
   * The first result, success or error. Rejects with an `aborted` error when unmounted (or `signal` fires) first,
   * or a `timeout` error after `timeout`.
   */
  result: Promise<CardFormResult>;
  /** Removes the iframe and stops listening. */
  unmount(): void;
}

/**
 * Puts Paybase's hosted card-capture form in `container` and listens for its result, accepting messages only from
 * the hosted page's origin and from this iframe.
 *
 * ```ts
 * import { mountCardForm } from '@clientele/paybase/browser';
 * const form = mountCardForm({ accessToken, environment: 'sandbox', container: document.querySelector('#card')! });
 * const result = await form.result; // { type: 'success', id: 'card/…' } or { type: 'error', code: '5002', … }
 * ```
 */
export function mountCardForm(options: MountCardFormOptions): MountedCardForm {
  const src = cardFormUrl(options);
  const document = options.container?.ownerDocument;
  if (!document) throw new ClienteleError({ kind: 'configuration', provider: 'paybase', message: '`container` must be an element of a document.' });
  const iframe = document.createElement('iframe');
  iframe.src = src;
  iframe.title = options.title ?? 'Card details';
  iframe.style.border = '0';
  iframe.style.width = '100%';

  let settle: { resolve(result: CardFormResult): void; reject(error: ClienteleError): void } | undefined;
  const result = new Promise<CardFormResult>((resolve, reject) => {
    settle = { resolve, reject };
  });
  result.catch(() => undefined); // an unmount nobody awaits must not surface as an unhandled rejection
  let timer: ReturnType<typeof setTimeout> | undefined;
  const finish = (outcome: CardFormResult | ClienteleError) => {
    if (!settle) return;
    const { resolve, reject } = settle;
    settle = undefined;
    if (timer !== undefined) clearTimeout(timer);
    if (outcome instanceof ClienteleError) reject(outcome);
    else resolve(outcome);
  };

  const stop = listenForCardForm({
    allowedOrigins: [hostedOrigin(options), ...(options.allowedOrigins ?? [])],
    frame: iframe,
    target: document.defaultView ?? undefined,
    onResult(outcome) {
      options.onResult?.(outcome);
      finish(outcome);
    },
  });
  const unmount = () => {
    stop();
    iframe.remove();
    options.signal?.removeEventListener('abort', unmount);
    finish(new ClienteleError({ kind: 'aborted', provider: 'paybase', message: 'The card form was unmounted before it reported a result.' }));
  };
  if (options.timeout !== undefined) {
    timer = setTimeout(() => finish(new ClienteleError({ kind: 'timeout', provider: 'paybase', message: `The card form reported no result within ${options.timeout} ms.` })), options.timeout);
  }
  if (options.signal?.aborted) {
    unmount();
  } else {
    options.signal?.addEventListener('abort', unmount, { once: true });
    options.container.append(iframe);
  }
  return { iframe, result, unmount };
}
