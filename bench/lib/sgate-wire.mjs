import { createHash, randomBytes } from 'node:crypto';
import { rawSgateCrypto } from './sgate-raw-crypto.mjs';

/**
 * SGATE's signature (spec §2.1) written by hand on node:crypto: the fixed-order JSON, its lowercase hex MD5,
 * MD5withRSA over those 32 characters, base64. Used by the hand-written baseline and by the bench's server.
 */
export function sgateSignature(privateKey, { apiKey, timestamp, nonce, url, method, body }) {
  const payload = JSON.stringify({ api_key: apiKey, timestamp, nonce_str: nonce, url, method, body });
  const digest = createHash('md5').update(payload, 'utf8').digest('hex');
  return rawSgateCrypto.signMd5(privateKey, Buffer.from(digest, 'latin1')).toString('base64');
}

/** Verifies an SGATE signature (spec §2.4) by hand. */
export function sgateVerify(publicKey, { apiKey, timestamp, nonce, url, method, body }, signature) {
  const payload = JSON.stringify({ api_key: apiKey, timestamp, nonce_str: nonce, url, method, body });
  const digest = createHash('md5').update(payload, 'utf8').digest('hex');
  return rawSgateCrypto.verifyMd5(publicKey, Buffer.from(digest, 'latin1'), Buffer.from(signature, 'base64'));
}

const ALPHANUMERIC = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** A 20-character random alphanumeric nonce, like the SDK's. */
export function sgateNonce(length = 20) {
  const bytes = randomBytes(length);
  let nonce = '';
  for (const byte of bytes) nonce += ALPHANUMERIC[byte % ALPHANUMERIC.length];
  return nonce;
}

/** The five signed `V-*` headers for one message. */
export function sgateSignedHeaders(privateKey, { apiKey, url, method, body, timestamp = Math.floor(Date.now() / 1000), nonce = sgateNonce() }) {
  return {
    'V-Api-Key': apiKey,
    'V-Api-Version': '1',
    'V-Timestamp': String(timestamp),
    'V-Nonce-Str': nonce,
    'V-Signature': sgateSignature(privateKey, { apiKey, timestamp, nonce, url, method, body }),
  };
}
