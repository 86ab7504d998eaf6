/**
 * Shared by this package's tests only (not an entry, not exported): a client wired to a sandbox, and an HMAC
 * computed straight on WebCrypto, independently of the SDK's signer.
 */
import type { Logger } from '@clientele/core';
import { createPaycombat, type PaycombatOptions } from '../index.js';
import type { PaycombatSandbox } from '../testing.js';

/** Instant retries: tests never wait for backoff. */
export const fast = { backoff: { initialDelay: 1, maxDelay: 2 } } as const;

/** Browsers refuse script-set User-Agent headers. */
export const inBrowser = typeof (globalThis as { document?: unknown }).document !== 'undefined';

/** A client for `sandbox`, allowed to run in the Chromium test page. */
export function clientFor(sandbox: PaycombatSandbox, overrides: Partial<PaycombatOptions> = {}) {
  return createPaycombat({
    token: sandbox.token,
    signatureKey: sandbox.signatureKey,
    baseUrl: sandbox.baseUrl,
    paths: sandbox.paths,
    dangerouslyAllowBrowser: true,
    logLevel: 'off',
    ...fast,
    ...overrides,
  });
}

/** Lowercase hex HMAC-SHA256 on `crypto.subtle`, written here without any SDK code. */
export async function independentHmacHex(key: string, text: string): Promise<string> {
  const encoder = new TextEncoder();
  const cryptoKey = await crypto.subtle.importKey('raw', encoder.encode(key), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  const bytes = new Uint8Array(await crypto.subtle.sign('HMAC', cryptoKey, encoder.encode(text)));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** A logger that keeps every line, to scan them. */
export function captureLogger() {
  const lines: { level: string; message: string; fields?: Record<string, unknown> }[] = [];
  const push = (level: string) => (message: string, fields?: Record<string, unknown>) => void lines.push({ level, message, fields });
  const logger: Logger = { error: push('error'), warn: push('warn'), info: push('info'), debug: push('debug') };
  return { lines, logger };
}

/** The rejection of a promise (fails the test when it resolves). */
export async function rejectionOf(promise: PromiseLike<unknown>): Promise<Record<string, unknown> & Error> {
  try {
    await promise;
  } catch (error) {
    return error as Record<string, unknown> & Error;
  }
  throw new Error('expected the call to fail, but it succeeded');
}
