/**
 * Byte/text encodings that behave the same on Node, browsers and edge runtimes
 * (no `Buffer`, no `atob` edge cases with non-Latin-1 input).
 */

const textEncoder = /* @__PURE__ */ new TextEncoder();
const textDecoder = /* @__PURE__ */ new TextDecoder('utf-8', { fatal: true });

/** UTF-8 bytes of a string. */
export function utf8Encode(text: string): Uint8Array {
  return textEncoder.encode(text);
}

/** Decodes UTF-8 bytes; throws `TypeError` on malformed input rather than inventing U+FFFD. */
export function utf8Decode(bytes: Uint8Array): string {
  return textDecoder.decode(bytes);
}

const BASE64_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const BASE64_LOOKUP: Int16Array = /* @__PURE__ */ (() => {
  const table = new Int16Array(128).fill(-1);
  for (let index = 0; index < BASE64_ALPHABET.length; index++) table[BASE64_ALPHABET.charCodeAt(index)] = index;
  table['-'.charCodeAt(0)] = 62; // base64url
  table['_'.charCodeAt(0)] = 63;
  return table;
})();

/** Standard base64 with `=` padding and no line breaks. */
export function base64Encode(bytes: Uint8Array): string {
  let output = '';
  let index = 0;
  for (; index + 2 < bytes.length; index += 3) {
    const chunk = (bytes[index]! << 16) | (bytes[index + 1]! << 8) | bytes[index + 2]!;
    output +=
      BASE64_ALPHABET[chunk >> 18]! +
      BASE64_ALPHABET[(chunk >> 12) & 63]! +
      BASE64_ALPHABET[(chunk >> 6) & 63]! +
      BASE64_ALPHABET[chunk & 63]!;
  }
  const rest = bytes.length - index;
  if (rest === 1) {
    const chunk = bytes[index]! << 16;
    output += BASE64_ALPHABET[chunk >> 18]! + BASE64_ALPHABET[(chunk >> 12) & 63]! + '==';
  } else if (rest === 2) {
    const chunk = (bytes[index]! << 16) | (bytes[index + 1]! << 8);
    output += BASE64_ALPHABET[chunk >> 18]! + BASE64_ALPHABET[(chunk >> 12) & 63]! + BASE64_ALPHABET[(chunk >> 6) & 63]! + '=';
  }
  return output;
}

/**
 * Decodes base64 or base64url, with or without padding. Whitespace (PEM line breaks) is ignored.
 * Throws `TypeError` on any other character, so a truncated or mangled key fails loudly.
 */
export function base64Decode(text: string): Uint8Array {
  const clean = text.replace(/[\s=]+/g, '');
  if (clean.length % 4 === 1) throw new TypeError('Invalid base64: impossible length.');
  const output = new Uint8Array(Math.floor((clean.length * 3) / 4));
  let buffer = 0;
  let bits = 0;
  let offset = 0;
  for (let index = 0; index < clean.length; index++) {
    const code = clean.charCodeAt(index);
    const value = code < 128 ? BASE64_LOOKUP[code]! : -1;
    if (value < 0) throw new TypeError(`Invalid base64: unexpected character at position ${index}.`);
    buffer = (buffer << 6) | value;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      output[offset++] = (buffer >> bits) & 0xff;
    }
  }
  return output.subarray(0, offset);
}

/** base64url without padding (RFC 4648 §5). */
export function base64UrlEncode(bytes: Uint8Array): string {
  return base64Encode(bytes).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Alias of {@link base64Decode}, which accepts both alphabets. */
export const base64UrlDecode: (text: string) => Uint8Array = base64Decode;

/** Lowercase hex. */
export function hexEncode(bytes: Uint8Array): string {
  let output = '';
  for (const byte of bytes) output += (byte < 16 ? '0' : '') + byte.toString(16);
  return output;
}

/** Decodes hex (either case); throws `TypeError` on odd length or a non-hex digit. */
export function hexDecode(hex: string): Uint8Array {
  if (hex.length % 2 !== 0 || /[^0-9a-f]/i.test(hex)) throw new TypeError('Invalid hex string.');
  const output = new Uint8Array(hex.length / 2);
  for (let index = 0; index < output.length; index++) output[index] = Number.parseInt(hex.slice(index * 2, index * 2 + 2), 16);
  return output;
}

/** Concatenates byte arrays. */
export function concatBytes(...parts: Uint8Array[]): Uint8Array {
  const output = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    output.set(part, offset);
    offset += part.length;
  }
  return output;
}
