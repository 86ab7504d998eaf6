import { ClienteleError } from '@clientele/core';
import { DECRYPTION_FAILED_MESSAGE } from './rsa-engine.js';

/** The generic decryption error: same kind and message whatever went wrong (length, range, padding, self-check). */
export function decryptionFailed(): ClienteleError {
  return new ClienteleError({ kind: 'invalid_response', message: DECRYPTION_FAILED_MESSAGE, provider: 'sgate' });
}

/** A plaintext longer than one RSA block can carry (`modulusBytes − 11`). */
export function plaintextTooLong(length: number, maximum: number): ClienteleError {
  return new ClienteleError({
    kind: 'validation',
    message: `RSA PKCS#1 v1.5 encryption takes at most ${maximum} bytes with this key, got ${length}. Split the plaintext into chunks of at most ${maximum} bytes.`,
    provider: 'sgate',
  });
}

/** A public key passed where a private key is needed, or the reverse (possible from JavaScript callers). */
export function wrongKeyKind(operation: string, expected: 'public' | 'private'): ClienteleError {
  return new ClienteleError({
    kind: 'configuration',
    message: `RSA ${operation} needs a parsed ${expected} key (from parseRsaKey).`,
    provider: 'sgate',
  });
}

/** The CRT signature did not verify against the public key: a fault (hardware, memory) or a corrupted key. */
export function signingSelfCheckFailed(): ClienteleError {
  return new ClienteleError({
    kind: 'configuration',
    message: 'RSA signing failed its self-check, so the signature was discarded. The private key may be corrupted.',
    provider: 'sgate',
  });
}
