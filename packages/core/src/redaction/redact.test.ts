import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';
import { sensitive } from '../schema/sensitive.js';
import { createRedactingLogger, type Logger } from './logger.js';
import { REDACTED, redact } from './redact.js';
import { redactHeaders, redactUrl } from './redact-headers.js';
import { createSecretScrubber } from './scrub-secrets.js';

const schema = z.object({ holder: z.string(), pan: sensitive(z.string()), nested: z.optional(z.array(z.object({ nid: sensitive(z.string()) }))) });

describe('redact', () => {
  it('replaces schema-marked fields and sensitive-named fields, without mutating the input', () => {
    const input = { holder: 'Ada', pan: '4111111111111111', nested: [{ nid: '1234567890' }], password: 'hunter22', note: 'ok' };
    const output = redact(input, schema);
    expect(output).toEqual({ holder: 'Ada', pan: REDACTED, nested: [{ nid: REDACTED }], password: REDACTED, note: 'ok' });
    expect(input.pan).toBe('4111111111111111');
  });

  it('survives cycles', () => {
    const cyclic: Record<string, unknown> = { a: 1 };
    cyclic.self = cyclic;
    expect(redact(cyclic)).toEqual({ a: 1, self: '[Circular]' });
  });
});

describe('redactHeaders / redactUrl', () => {
  it('redacts credentials and anything named like a signature or token', () => {
    const headers = new Headers({ 'V-Api-Key': 'k', 'V-Signature': 's', 'X-token': 't', signature: 'h', 'content-type': 'application/json', 'x-custom-auth': 'a' });
    expect(redactHeaders(headers)).toEqual({ 'content-type': 'application/json', signature: REDACTED, 'v-api-key': REDACTED, 'v-signature': REDACTED, 'x-custom-auth': REDACTED, 'x-token': REDACTED });
  });

  it('redacts sensitive query values only', () => {
    expect(redactUrl('https://x/y?page=1&cardNumber=4111&token=abc')).toBe(`https://x/y?page=1&cardNumber=${REDACTED}&token=${REDACTED}`);
    expect(redactUrl('https://x/y?page=1&name_e=Ada%20L', ['name_e'])).toBe(`https://x/y?page=1&name_e=${REDACTED}`);
  });
});

describe('createRedactingLogger', () => {
  it('drops lines above the level, and scrubs secrets from messages and fields', () => {
    const lines: unknown[][] = [];
    const sink: Logger = { error: (...args) => lines.push(['error', ...args]), warn: (...args) => lines.push(['warn', ...args]), info: (...args) => lines.push(['info', ...args]), debug: (...args) => lines.push(['debug', ...args]) };
    const logger = createRedactingLogger({ logger: sink, level: 'info', scrub: createSecretScrubber(['sk_canary_987654']) });
    logger.debug('hidden');
    logger.info('key sk_canary_987654 used', { header: 'Bearer sk_canary_987654', apiKey: 'x', ok: 1 });
    expect(lines).toEqual([['info', `key ${REDACTED} used`, { header: `Bearer ${REDACTED}`, apiKey: REDACTED, ok: 1 }]]);
    expect(createRedactingLogger({ logger: sink, level: 'off' }).enabled('error')).toBe(false);
  });
});
