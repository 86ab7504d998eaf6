import { base64Decode, ClienteleError, type RsaPublicKey } from '@clientele/core';

/**
 * A small RSA public-key reader for the browser field encryptor (`@clientele/sgate/encrypt`), which has
 * a 6 KB budget: core's `parseRsaKey` also validates private keys and re-encodes DER, which the
 * encryptor never needs. Reads SPKI (`BEGIN PUBLIC KEY`, SGATE's bare base64) and PKCS#1
 * (`BEGIN RSA PUBLIC KEY`), as PEM, bare base64 or DER bytes. The client (`createSgate`) uses core's
 * full parser.
 */

const SEQUENCE = 0x30;
const INTEGER = 0x02;
const BIT_STRING = 0x03;
const OCTET_STRING = 0x04;
const RSA_ENCRYPTION_OID = '06092a864886f70d0101010500';

interface Element {
  tag: number;
  body: Uint8Array;
  end: number;
}

function fail(problem: string): never {
  throw new ClienteleError({ kind: 'configuration', provider: 'sgate', message: `Invalid RSA key (systemPublicKey): ${problem}` });
}

function readElement(bytes: Uint8Array, offset: number): Element {
  const tag = bytes[offset];
  let length = bytes[offset + 1];
  if (tag === undefined || length === undefined) fail('it is truncated.');
  let start = offset + 2;
  if (length & 0x80) {
    const count = length & 0x7f;
    if (count === 0 || count > 4) fail('it is not valid DER.');
    length = 0;
    for (let index = 0; index < count; index++) length = length * 256 + (bytes[start + index] ?? fail('it is truncated.'));
    start += count;
  }
  if (start + length > bytes.length) fail('it is truncated.');
  return { tag, body: bytes.subarray(start, start + length), end: start + length };
}

function children(body: Uint8Array): Element[] {
  const output: Element[] = [];
  for (let offset = 0; offset < body.length; offset = output[output.length - 1]!.end) output.push(readElement(body, offset));
  return output;
}

/** DER TLV with a definite length. */
function encode(tag: number, body: Uint8Array): Uint8Array {
  const length = body.length < 128 ? [body.length] : body.length < 256 ? [0x81, body.length] : [0x82, body.length >> 8, body.length & 0xff];
  const output = new Uint8Array(1 + length.length + body.length);
  output.set([tag, ...length]);
  output.set(body, 1 + length.length);
  return output;
}

/** SubjectPublicKeyInfo around a PKCS#1 RSAPublicKey. */
function wrapSpki(pkcs1: Uint8Array): Uint8Array {
  const algorithm = Uint8Array.from(RSA_ENCRYPTION_OID.match(/../g)!, (pair) => Number.parseInt(pair, 16));
  const bitString = new Uint8Array(pkcs1.length + 1);
  bitString.set(pkcs1, 1);
  const contents = new Uint8Array([...encode(SEQUENCE, algorithm), ...encode(BIT_STRING, bitString)]);
  return encode(SEQUENCE, contents);
}

const hex = (bytes: Uint8Array) => Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
const integer = (element: Element) => (element.tag === INTEGER ? BigInt(`0x${hex(element.body) || '0'}`) : fail('it is not an RSA key.'));

function toDer(input: string | Uint8Array): Uint8Array {
  if (typeof input !== 'string') return input[0] === SEQUENCE ? input : toDer(new TextDecoder().decode(input));
  const text = input.replace(/\\n/g, '\n').trim();
  const pem = /-----BEGIN ([A-Z ]+)-----([\s\S]*?)-----END \1-----/.exec(text);
  if (text.includes('-----BEGIN') && !pem) fail('it has a "-----BEGIN" line but no complete PEM block.');
  try {
    return base64Decode(pem ? pem[2]! : text);
  } catch {
    return fail('it is neither PEM nor base64-encoded DER.');
  }
}

/** The RSA public key in `input`; a private key, certificate or other algorithm fails with a `configuration` error. */
export function readPublicKey(input: string | Uint8Array): RsaPublicKey {
  if (typeof input !== 'string' && !(input instanceof Uint8Array)) fail('expected a string (PEM or base64) or a Uint8Array (DER).');
  const der = toDer(input);
  if (der[0] !== SEQUENCE) fail('it is neither PEM nor base64-encoded DER.');
  const top = readElement(der, 0);
  const parts = children(top.body);
  let rsaKey = parts;
  let spki: Uint8Array | undefined;
  if (parts.length === 2 && parts[0]!.tag === SEQUENCE && parts[1]!.tag === BIT_STRING) {
    if (!hex(parts[0]!.body).startsWith(RSA_ENCRYPTION_OID.slice(0, 22))) fail('it is not an RSA key.');
    rsaKey = children(readElement(parts[1]!.body.subarray(1), 0).body);
    spki = der.subarray(0, top.end);
  } else if (parts[0]?.tag === INTEGER && (parts[2]?.tag === OCTET_STRING || parts.length >= 9)) {
    fail('expected an RSA public key but got a private key. Pass the system public key SGATE issued to you; never ship a private key to a browser.');
  }
  if (rsaKey.length !== 2) fail('its ASN.1 structure is not an RSA public key (SPKI or PKCS#1).');
  const n = integer(rsaKey[0]!);
  const e = integer(rsaKey[1]!);
  const bits = n.toString(2).length;
  if (bits < 1024 || (n & 1n) === 0n || e < 3n) fail('it is not a usable RSA public key of at least 1024 bits.');
  return { kind: 'public', n, e, modulusBytes: Math.ceil(bits / 8), spki: spki ?? wrapSpki(der.subarray(0, top.end)) };
}
