import { utf8Encode } from './encoding.js';

/**
 * Compares two secrets (signatures, tokens) without revealing through timing where they first differ.
 * Strings are compared as UTF-8 bytes, so a string and its bytes are equal.
 *
 * Every byte position up to the longer length is visited, with no early exit; a length mismatch returns
 * `false` only after the full loop. JavaScript engines give no hard guarantee, so this is constant-time as far
 * as the language allows.
 */
export function timingSafeEqual(a: string | Uint8Array, b: string | Uint8Array): boolean {
  const left = typeof a === 'string' ? utf8Encode(a) : a;
  const right = typeof b === 'string' ? utf8Encode(b) : b;
  const length = Math.max(left.length, right.length);
  let difference = left.length ^ right.length;
  for (let index = 0; index < length; index++) {
    // Out-of-range reads give `undefined`, and `undefined | 0` is 0: no branch on the secret data.
    difference |= (left[index]! | 0) ^ (right[index]! | 0);
  }
  return difference === 0;
}
