import { hexEncode, utf8Encode } from '@clientele/core';

/**
 * MD5 (RFC 1321) in plain JavaScript, because WebCrypto has no MD5. SGATE needs it for the signature
 * digest, inside MD5withRSA, and for the `md5` field of file uploads. Not for anything security-critical
 * beyond what the provider's protocol demands.
 */

/** Per-step additive constants: `floor(abs(sin(i + 1)) · 2³²)`. */
const ROUND_CONSTANTS = /* @__PURE__ */ Int32Array.from({ length: 64 }, (_, index) => Math.floor(Math.abs(Math.sin(index + 1)) * 0x1_0000_0000));

/** Per-step left-rotation amounts, four per round. */
const SHIFTS = [7, 12, 17, 22, 5, 9, 14, 20, 4, 11, 16, 23, 6, 10, 15, 21];

/** Runs the compression function over one 64-byte block at `offset`, updating `state` in place. */
function compress(state: Int32Array, block: Uint8Array, offset: number, words: Int32Array): void {
  for (let index = 0; index < 16; index++) {
    const at = offset + index * 4;
    words[index] = block[at]! | (block[at + 1]! << 8) | (block[at + 2]! << 16) | (block[at + 3]! << 24);
  }
  let a = state[0]!;
  let b = state[1]!;
  let c = state[2]!;
  let d = state[3]!;
  for (let step = 0; step < 64; step++) {
    const round = step >> 4;
    let mixed: number;
    let wordIndex: number;
    if (round === 0) {
      mixed = (b & c) | (~b & d);
      wordIndex = step;
    } else if (round === 1) {
      mixed = (d & b) | (~d & c);
      wordIndex = (5 * step + 1) & 15;
    } else if (round === 2) {
      mixed = b ^ c ^ d;
      wordIndex = (3 * step + 5) & 15;
    } else {
      mixed = c ^ (b | ~d);
      wordIndex = (7 * step) & 15;
    }
    const sum = (a + mixed + ROUND_CONSTANTS[step]! + words[wordIndex]!) | 0;
    const shift = SHIFTS[(round << 2) | (step & 3)]!;
    a = d;
    d = c;
    c = b;
    b = (b + ((sum << shift) | (sum >>> (32 - shift)))) | 0;
  }
  state[0] = (state[0]! + a) | 0;
  state[1] = (state[1]! + b) | 0;
  state[2] = (state[2]! + c) | 0;
  state[3] = (state[3]! + d) | 0;
}

/** The 16-byte MD5 digest of `message`. */
export function md5(message: Uint8Array): Uint8Array {
  const state = Int32Array.of(0x67452301, 0xefcdab89 | 0, 0x98badcfe | 0, 0x10325476);
  const words = new Int32Array(16);
  const length = message.length;
  const wholeBlocksEnd = length - (length % 64);
  for (let offset = 0; offset < wholeBlocksEnd; offset += 64) compress(state, message, offset, words);

  // Final one or two blocks: the remaining bytes, 0x80, zeros, then the bit length (little-endian, 64-bit).
  const tail = new Uint8Array(length % 64 < 56 ? 64 : 128);
  tail.set(message.subarray(wholeBlocksEnd));
  tail[length % 64] = 0x80;
  const bitLengthLow = (length * 8) >>> 0;
  const bitLengthHigh = Math.floor(length / 0x2000_0000) >>> 0;
  const at = tail.length - 8;
  for (let index = 0; index < 4; index++) {
    tail[at + index] = (bitLengthLow >>> (index * 8)) & 0xff;
    tail[at + 4 + index] = (bitLengthHigh >>> (index * 8)) & 0xff;
  }
  for (let offset = 0; offset < tail.length; offset += 64) compress(state, tail, offset, words);

  const digest = new Uint8Array(16);
  for (let index = 0; index < 16; index++) digest[index] = (state[index >> 2]! >>> ((index & 3) * 8)) & 0xff;
  return digest;
}

/** Lowercase hex MD5 (32 characters) of `input`; a string is hashed as its UTF-8 bytes. */
export function md5Hex(input: string | Uint8Array): string {
  return hexEncode(md5(typeof input === 'string' ? utf8Encode(input) : input));
}
