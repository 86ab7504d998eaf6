import { describe, expect, it } from 'vitest';
import type { CardFormResult } from './card-form-messages.js';
import { listenForCardForm, normaliseOrigins } from './listen-for-card-form.js';

const HOSTED = 'https://hosted.sandbox.paybase.io';

/** A message event as a browser would deliver it. */
function message(data: unknown, origin: string, source: unknown = null): Event {
  return Object.assign(new Event('message'), { data, origin, source });
}

describe('listenForCardForm (runtime-neutral: any EventTarget)', () => {
  it('passes on results from an allowed origin and the expected source only', () => {
    const target = new EventTarget();
    const frameWindow = {};
    const results: CardFormResult[] = [];
    const stop = listenForCardForm({ allowedOrigins: [HOSTED], frame: frameWindow as MessageEventSource, target, onResult: (result) => results.push(result) });
    target.dispatchEvent(message({ type: 'success', id: 'card/evil' }, 'https://evil.example', frameWindow));
    target.dispatchEvent(message({ type: 'success', id: 'card/other-window' }, HOSTED, {}));
    target.dispatchEvent(message({ unrelated: true }, HOSTED, frameWindow));
    target.dispatchEvent(message({ type: 'success', id: 'card/ok' }, HOSTED, frameWindow));
    stop();
    target.dispatchEvent(message({ type: 'success', id: 'card/after-stop' }, HOSTED, frameWindow));
    expect(results).toEqual([{ type: 'success', id: 'card/ok' }]);
  });

  it('stops when its signal aborts', () => {
    const target = new EventTarget();
    const controller = new AbortController();
    const results: CardFormResult[] = [];
    listenForCardForm({ allowedOrigins: [HOSTED], target, signal: controller.signal, onResult: (result) => results.push(result) });
    controller.abort();
    target.dispatchEvent(message({ type: 'success', id: 'card/1' }, HOSTED));
    expect(results).toEqual([]);
  });

  it('refuses wildcard, opaque and empty allowlists', () => {
    expect(() => normaliseOrigins([])).toThrow(/at least one origin/);
    expect(() => normaliseOrigins(['*'])).toThrow(/no wildcards/);
    expect(() => normaliseOrigins(['null'])).toThrow(/no wildcards/);
    expect([...normaliseOrigins(['https://hosted.sandbox.paybase.io/card'])]).toEqual([HOSTED]);
  });
});
