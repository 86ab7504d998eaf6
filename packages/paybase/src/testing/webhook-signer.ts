import { base64Encode, parseRsaKey, utf8Encode } from '@clientele/core';

const ALGORITHM = { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' } as const;

/**
 * Signs webhook bodies the way Paybase does (RSASSA-PKCS1-v1_5, SHA-256, base64), on WebCrypto so the mock runs
 * everywhere. The key is imported once, on first use.
 */
export function createWebhookSigner(privateKeyPem: string): (body: string | Uint8Array) => Promise<string> {
  let key: Promise<CryptoKey> | undefined;
  return async (body) => {
    key ??= globalThis.crypto.subtle.importKey('pkcs8', new Uint8Array(parseRsaKey(privateKeyPem, { expect: 'private', label: 'webhookPrivateKey' }).pkcs8), ALGORITHM, false, ['sign']);
    const bytes = typeof body === 'string' ? utf8Encode(body) : body;
    const signature = await globalThis.crypto.subtle.sign(ALGORITHM, await key, new Uint8Array(bytes));
    return base64Encode(new Uint8Array(signature));
  };
}
