// Shared by this package's tests only (not exported from any entry).
import type { Logger } from '@clientele/core';
import { createSgate, type SgateOptions } from '@clientele/sgate';
import { createSgateSandbox, type SgateSandbox, type SgateSandboxOptions } from '@clientele/sgate/testing';

/** Instant retries, so no test waits for backoff. */
export const FAST = { backoff: { initialDelay: 1, maxDelay: 2 } } as const;

/** A logger that keeps every line. */
export function captureLogger(): { logger: Logger; lines: { level: string; message: string; fields?: Record<string, unknown> }[] } {
  const lines: { level: string; message: string; fields?: Record<string, unknown> }[] = [];
  const push = (level: string) => (message: string, fields?: Record<string, unknown>) => lines.push({ level, message, fields });
  return { lines, logger: { error: push('error'), warn: push('warn'), info: push('info'), debug: push('debug') } };
}

/** A fresh sandbox (reviews on `settle()` only) and a client for it, with instant retries. */
export function sandboxClient(sandboxOptions: SgateSandboxOptions = {}, clientOptions: Partial<SgateOptions> = {}): { sandbox: SgateSandbox; sgate: ReturnType<typeof createSgate> } {
  const sandbox = createSgateSandbox({ reviewDelayMs: 'manual', ...sandboxOptions });
  const sgate = createSgate(sandbox.clientOptions({ ...FAST, ...clientOptions }));
  return { sandbox, sgate };
}

/** The rejection of a promise (fails the test when it resolves). */
export async function rejectionOf(promise: PromiseLike<unknown>): Promise<Record<string, unknown> & Error> {
  try {
    await promise;
  } catch (error) {
    return error as Record<string, unknown> & Error;
  }
  throw new Error('Expected the promise to reject, but it resolved.');
}

/** True in Chromium (browsers drop a script-set User-Agent and hide some headers). */
export const inBrowser = typeof (globalThis as { document?: unknown }).document !== 'undefined';

import { base64Decode, hexEncode, parseRsaKey, utf8Encode } from '@clientele/core';
import type { RecordedRequest } from '#mock-server';
import { md5, md5Hex } from './rsa/md5.js';
import { SGATE_TEST_KEYS } from './testing/sandbox-keys.js';

function modPow(base: bigint, exponent: bigint, modulus: bigint): bigint {
  let result = 1n;
  let b = base % modulus;
  let e = exponent;
  while (e > 0n) {
    if (e & 1n) result = (result * b) % modulus;
    b = (b * b) % modulus;
    e >>= 1n;
  }
  return result;
}

/**
 * Verifies an SGATE signature without the SDK's signer or RSA engines: rebuilds the signature JSON by
 * hand (spec §2.1), then checks `signature^e mod n` against the expected EMSA-PKCS1-v1_5 MD5 block.
 */
export function independentlyVerify(
  publicKey: string,
  fields: { apiKey: string; timestamp: number; nonce: string; url: string; method: string; body: string },
  signature: string,
): boolean {
  const key = parseRsaKey(publicKey, { expect: 'public' });
  const json = `{"api_key":${JSON.stringify(fields.apiKey)},"timestamp":${fields.timestamp},"nonce_str":${JSON.stringify(fields.nonce)},"url":${JSON.stringify(fields.url)},"method":${JSON.stringify(fields.method)},"body":${JSON.stringify(fields.body)}}`;
  const digestHex = md5Hex(utf8Encode(json));
  const expected = `0001${'ff'.repeat(key.modulusBytes - 3 - 34)}003020300c06082a864886f70d020505000410${hexEncode(md5(utf8Encode(digestHex)))}`;
  const value = BigInt(`0x${hexEncode(base64Decode(signature))}`);
  return modPow(value, key.e, key.n).toString(16).padStart(key.modulusBytes * 2, '0') === expected;
}

/** Checks the five V-* headers of a recorded request against an independent verification with the test merchant key. */
export function requestSignatureVerifies(call: RecordedRequest, apiKey: string): boolean {
  const url = new URL(call.url);
  return independentlyVerify(
    SGATE_TEST_KEYS.merchantPublicKey,
    {
      apiKey,
      timestamp: Number(call.headers['v-timestamp']),
      nonce: call.headers['v-nonce-str']!,
      url: `${url.pathname}${url.search}`,
      method: call.method,
      body: (call.headers['content-type'] ?? '').startsWith('multipart/') ? '' : call.body,
    },
    call.headers['v-signature']!,
  );
}
