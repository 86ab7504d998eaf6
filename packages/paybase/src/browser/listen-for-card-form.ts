import { ClienteleError } from '@clientele/core';
import { parseCardFormMessage, type CardFormResult } from './card-form-messages.js';

/** Options of {@link listenForCardForm}. */
export interface ListenForCardFormOptions {
  /** Origins the form may post from, e.g. `[hostedOrigin({ environment: 'sandbox' })]`. Messages from others are ignored. */
  allowedOrigins: readonly string[];
  /** The form's iframe (or its window): messages from any other window are ignored, even from an allowed origin. */
  frame?: HTMLIFrameElement | MessageEventSource | null | undefined;
  /** Called for every result, success or error. */
  onResult(result: CardFormResult, event: MessageEvent): void;
  /** The window to listen on. @default globalThis (the page) */
  target?: Pick<Window, 'addEventListener' | 'removeEventListener'> | undefined;
  /** Stops listening when aborted. */
  signal?: AbortSignal | undefined;
}

/** Normalises and checks an allowlist: real origins only (`'*'` and `'null'` would let any page in). */
export function normaliseOrigins(origins: readonly string[]): Set<string> {
  if (!Array.isArray(origins) || origins.length === 0) {
    throw new ClienteleError({ kind: 'configuration', provider: 'paybase', message: '`allowedOrigins` must list at least one origin, e.g. https://hosted.sandbox.paybase.io.' });
  }
  const allowed = new Set<string>();
  for (const origin of origins) {
    let parsed: string | undefined;
    try {
      parsed = new URL(origin).origin;
    } catch {
      parsed = undefined;
    }
    if (!parsed || parsed === 'null') {
      throw new ClienteleError({ kind: 'configuration', provider: 'paybase', message: '`allowedOrigins` entries must be origins such as https://hosted.sandbox.paybase.io (no wildcards).' });
    }
    allowed.add(parsed);
  }
  return allowed;
}

/**
 * Listens for the hosted card form's result messages. A message counts only when it comes from an allowed origin,
 * from the form's own window (when `frame` is given) and has the documented shape; everything else is ignored.
 * Returns a function that stops listening.
 */
export function listenForCardForm(options: ListenForCardFormOptions): () => void {
  const allowed = normaliseOrigins(options.allowedOrigins);
  const target = options.target ?? (globalThis as unknown as Window);
  const { frame } = options;
  const expectedSource = () => (frame && 'contentWindow' in frame ? frame.contentWindow : frame);
  const onMessage = (event: Event) => {
    const message = event as MessageEvent;
    if (!allowed.has(message.origin)) return;
    if (frame && message.source !== expectedSource()) return;
    const result = parseCardFormMessage(message.data);
    if (result) options.onResult(result, message);
  };
  const stop = () => {
    target.removeEventListener('message', onMessage);
    options.signal?.removeEventListener('abort', stop);
  };
  if (options.signal?.aborted) return stop;
  target.addEventListener('message', onMessage);
  options.signal?.addEventListener('abort', stop, { once: true });
  return stop;
}
