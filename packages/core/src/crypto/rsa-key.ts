import { ClienteleError } from '../errors/clientele-error.js';
import {
  type DerElement,
  DER_TAG,
  derBitStringValue,
  derIntegerValue,
  derObjectIdentifierValue,
  derOctetStringValue,
  derSequenceChildren,
  encodeDerBitString,
  encodeDerInteger,
  encodeDerNull,
  encodeDerObjectIdentifier,
  encodeDerOctetString,
  encodeDerSequence,
  readDer,
} from './der.js';
import { base64Decode } from './encoding.js';
import { parsePemBlocks } from './pem.js';

/** An RSA public key, parsed and validated. Safe to log: `util.inspect` and `toJSON` show only kind and size. */
export interface RsaPublicKey {
  readonly kind: 'public';
  /** Modulus. */
  readonly n: bigint;
  /** Public exponent (usually 65537). */
  readonly e: bigint;
  /** Modulus length in bytes (`k` in RFC 8017): 256 for a 2048-bit key. Ciphertexts and signatures have this length. */
  readonly modulusBytes: number;
  /** The key re-encoded as DER SubjectPublicKeyInfo (`BEGIN PUBLIC KEY`), whatever format it was given in. */
  readonly spki: Uint8Array;
}

/**
 * An RSA private key with its CRT parameters, parsed and checked for consistency. `util.inspect` and
 * `toJSON` show only kind and size, so logging it by mistake does not leak it.
 */
export interface RsaPrivateKey {
  readonly kind: 'private';
  /** Modulus. */
  readonly n: bigint;
  /** Public exponent. */
  readonly e: bigint;
  /** Private exponent. */
  readonly d: bigint;
  /** First prime factor. */
  readonly p: bigint;
  /** Second prime factor. */
  readonly q: bigint;
  /** `d mod (p − 1)`. */
  readonly dp: bigint;
  /** `d mod (q − 1)`. */
  readonly dq: bigint;
  /** `q⁻¹ mod p`. */
  readonly qi: bigint;
  /** Modulus length in bytes (`k` in RFC 8017): 256 for a 2048-bit key. */
  readonly modulusBytes: number;
  /** The key re-encoded as unencrypted DER PKCS#8 PrivateKeyInfo (`BEGIN PRIVATE KEY`), whatever format it was given in. */
  readonly pkcs8: Uint8Array;
}

/** Either kind of parsed RSA key; discriminate on `kind`. */
export type RsaKey = RsaPublicKey | RsaPrivateKey;

/** What {@link parseRsaKey} accepts: PEM text, bare base64 DER, DER bytes, or the bytes of a PEM file. */
export type RsaKeyInput = string | Uint8Array;

/** Options of {@link parseRsaKey}. */
export interface ParseRsaKeyOptions {
  /** The kind the caller needs. A key of the other kind fails with a `configuration` error. Default: either. */
  expect?: 'public' | 'private' | undefined;
  /** Name of the option the key came from (e.g. `'merchantPrivateKey'`), quoted in error messages. */
  label?: string | undefined;
  /** A sentence appended to wrong-kind errors, e.g. where the right key comes from. */
  hint?: string | undefined;
  /** Provider id put on errors (e.g. `'sgate'`). */
  provider?: string | undefined;
}

/** The ASN.1 structure a key was found in; used in messages. */
type KeyFormat = 'PKCS#1' | 'PKCS#8' | 'SPKI' | 'PKCS#1 public';

const RSA_ENCRYPTION = '1.2.840.113549.1.1.1';

/** Key algorithms that are not plain RSA, by OID, for clear refusals. */
const OTHER_ALGORITHMS: Readonly<Record<string, string>> = {
  '1.2.840.113549.1.1.10': 'an RSA-PSS key (restricted to PSS signatures, unusable for PKCS#1 v1.5)',
  '1.2.840.10045.2.1': 'an EC key',
  '1.3.101.110': 'an X25519 key',
  '1.3.101.111': 'an X448 key',
  '1.3.101.112': 'an Ed25519 key',
  '1.3.101.113': 'an Ed448 key',
  '1.2.840.10040.4.1': 'a DSA key',
  '1.2.840.113549.1.3.1': 'a Diffie-Hellman key',
  '1.2.840.10046.2.1': 'a Diffie-Hellman key',
};

/** Inputs larger than this (64 KiB) cannot be an RSA key; a 16384-bit PKCS#8 key is about 9.4 KiB. */
const MAX_INPUT_LENGTH = 65536;

/** Smallest modulus accepted, in bits. Anything shorter is broken, not merely weak. */
const MIN_MODULUS_BITS = 512;

const INSPECT = Symbol.for('nodejs.util.inspect.custom');

interface Context {
  options: ParseRsaKeyOptions;
}

function fail(context: Context, problem: string): never {
  const { label, provider } = context.options;
  throw new ClienteleError({ kind: 'configuration', message: `Invalid RSA key${label ? ` (${label})` : ''}: ${problem}`, provider });
}

function describeFormat(kind: RsaKey['kind'], format: KeyFormat): string {
  return `a ${kind} key (${format === 'PKCS#1 public' ? 'PKCS#1' : format})`;
}

/**
 * Parses an RSA key given as:
 * - PEM with armor `RSA PRIVATE KEY` (PKCS#1), `PRIVATE KEY` (PKCS#8), `PUBLIC KEY` (SPKI) or `RSA PUBLIC KEY` (PKCS#1 public);
 * - bare base64 (or base64url) DER of any of those, as provider dashboards hand out;
 * - DER bytes, or the bytes of a PEM file (`readFileSync(path)` without an encoding).
 *
 * The structure is detected from the ASN.1, not from the armor label. Private keys are checked for
 * consistency (`n = p·q`, CRT parameters), because a corrupted CRT parameter would yield faulty
 * signatures that reveal the key.
 *
 * Errors are `ClienteleError`s of kind `'configuration'` naming `options.label`; they describe
 * the structure (encrypted, EC, Ed25519, certificate, public instead of private, …) and never include key material.
 *
 * @example parseRsaKey(env.MERCHANT_KEY, { expect: 'private', label: 'merchantPrivateKey' })
 */
export function parseRsaKey(input: RsaKeyInput, options: ParseRsaKeyOptions & { expect: 'private' }): RsaPrivateKey;
export function parseRsaKey(input: RsaKeyInput, options: ParseRsaKeyOptions & { expect: 'public' }): RsaPublicKey;
export function parseRsaKey(input: RsaKeyInput, options?: ParseRsaKeyOptions): RsaKey;
export function parseRsaKey(input: RsaKeyInput, options: ParseRsaKeyOptions = {}): RsaKey {
  const context: Context = { options };
  let der: Uint8Array;
  if (typeof input === 'string') {
    der = derFromText(input, context);
  } else if (input instanceof Uint8Array) {
    if (input.length > MAX_INPUT_LENGTH) fail(context, `the input is ${input.length} bytes long, too large to be a key.`);
    der = input[0] === DER_TAG.sequence ? input : derFromText(latin1Decode(input), context);
  } else {
    fail(context, `expected a string (PEM or base64) or a Uint8Array (DER), got ${input === null ? 'null' : typeof input}.`);
  }
  const key = decodeKey(der, context);
  const { expect, label, hint } = options;
  if (expect && key.kind !== expect) {
    const message =
      `Expected an RSA ${expect} key${label ? ` (${label})` : ''} but got ${describeFormat(key.kind, key.format)}.` +
      (hint ? ` ${hint}` : '');
    throw new ClienteleError({ kind: 'configuration', message, provider: options.provider });
  }
  return key.kind === 'public' ? makePublicKey(key.n, key.e) : makePrivateKey(key.fields);
}

/** The public half of a private key. */
export function rsaPublicKeyFromPrivate(key: RsaPrivateKey): RsaPublicKey {
  return makePublicKey(key.n, key.e);
}

// ---------------------------------------------------------------------------------------------
// Text → DER
// ---------------------------------------------------------------------------------------------

const KEY_LABELS = new Set(['PRIVATE KEY', 'RSA PRIVATE KEY', 'PUBLIC KEY', 'RSA PUBLIC KEY', 'ENCRYPTED PRIVATE KEY']);

function latin1Decode(bytes: Uint8Array): string {
  let text = '';
  for (let index = 0; index < bytes.length; index += 8192) {
    text += String.fromCharCode(...bytes.subarray(index, index + 8192));
  }
  return text;
}

function derFromText(input: string, context: Context): Uint8Array {
  const text = input.trim();
  if (text === '') fail(context, 'it is empty.');
  if (text.length > MAX_INPUT_LENGTH) fail(context, `the input is ${text.length} characters long, too large to be a key.`);
  if (text.includes('-----BEGIN')) return derFromPem(text, context);
  if (/^(ssh-rsa|ssh-ed25519|ecdsa-sha2-\S+) /.test(text)) {
    fail(context, 'it is an OpenSSH public key. Convert it with `ssh-keygen -e -m PKCS8 -f key.pub` and pass the PEM.');
  }
  if (text.startsWith('{')) fail(context, 'it looks like a JWK (JSON); pass PEM, base64 DER or DER bytes instead.');
  let der: Uint8Array;
  try {
    der = base64Decode(text);
  } catch {
    fail(context, `it is neither PEM nor base64-encoded DER.${pathHint(text)}`);
  }
  if (der[0] !== DER_TAG.sequence) fail(context, `it is neither PEM nor base64-encoded DER.${pathHint(text)}`);
  return der;
}

function pathHint(text: string): string {
  const looksLikePath = /^(\.{0,2}\/|~\/|[A-Za-z]:\\)/.test(text) || /\.(pem|key|der|pub|crt|cer|txt)$/i.test(text);
  return looksLikePath ? " It looks like a file path: pass the file's contents (e.g. `readFileSync(path, 'utf8')`), not its name." : '';
}

function derFromPem(text: string, context: Context): Uint8Array {
  let blocks;
  try {
    blocks = parsePemBlocks(text);
  } catch (error) {
    fail(context, (error as Error).message);
  }
  const block = blocks.find((candidate) => KEY_LABELS.has(candidate.label)) ?? blocks[0];
  if (!block) fail(context, 'it has a "-----BEGIN" line but no complete PEM block.');
  const { label } = block;
  if (label === 'ENCRYPTED PRIVATE KEY' || /ENCRYPTED/i.test(block.headers['Proc-Type'] ?? '')) {
    fail(context, encryptedProblem());
  }
  if (label === 'OPENSSH PRIVATE KEY') {
    fail(context, 'it is in OpenSSH format. Convert it with `ssh-keygen -p -m PKCS8 -f <file>` (this rewrites the file) and pass the PEM.');
  }
  if (/CERTIFICATE/.test(label)) fail(context, certificateProblem());
  if (label === 'EC PRIVATE KEY' || label === 'EC PARAMETERS') fail(context, 'it is an EC key, not an RSA key.');
  if (label === 'DSA PRIVATE KEY') fail(context, 'it is a DSA key, not an RSA key.');
  if (!KEY_LABELS.has(label) && !label.endsWith('KEY')) fail(context, `a "${label}" PEM block is not a key.`);
  return block.der;
}

function encryptedProblem(): string {
  return 'it is encrypted with a passphrase. Decrypt it first (e.g. `openssl pkey -in encrypted.pem -out key.pem`) and keep the result secret.';
}

function certificateProblem(): string {
  return 'it is an X.509 certificate, not a key. Extract the public key with `openssl x509 -in cert.pem -pubkey -noout`.';
}

// ---------------------------------------------------------------------------------------------
// DER → key fields
// ---------------------------------------------------------------------------------------------

interface PrivateFields {
  n: bigint;
  e: bigint;
  d: bigint;
  p: bigint;
  q: bigint;
  dp: bigint;
  dq: bigint;
  qi: bigint;
}

type DecodedKey =
  | { kind: 'public'; format: KeyFormat; n: bigint; e: bigint }
  | { kind: 'private'; format: KeyFormat; fields: PrivateFields };

function decodeKey(der: Uint8Array, context: Context): DecodedKey {
  try {
    return decodeKeyStructure(der, context);
  } catch (error) {
    if (ClienteleError.isInstance(error)) throw error;
    fail(context, `it is not a valid DER-encoded key (${(error as Error).message.replace(/\.$/, '')}).`);
  }
}

function isTag(element: DerElement | undefined, tag: number): boolean {
  return element?.tag === tag;
}

function decodeKeyStructure(der: Uint8Array, context: Context): DecodedKey {
  const children = derSequenceChildren(readDer(der));
  const [first, second, third] = children;
  if (children.length === 0) fail(context, 'it is an empty ASN.1 SEQUENCE.');

  // PKCS#8 PrivateKeyInfo / OneAsymmetricKey: version, AlgorithmIdentifier, OCTET STRING privateKey, ...
  if (isTag(first, DER_TAG.integer) && isTag(second, DER_TAG.sequence) && isTag(third, DER_TAG.octetString)) {
    checkAlgorithm(second!, context);
    const inner = derSequenceChildren(readDer(derOctetStringValue(third!)));
    return { kind: 'private', format: 'PKCS#8', fields: decodeRsaPrivateKey(inner, context) };
  }
  // SubjectPublicKeyInfo: AlgorithmIdentifier, BIT STRING subjectPublicKey.
  if (children.length === 2 && isTag(first, DER_TAG.sequence) && isTag(second, DER_TAG.bitString)) {
    checkAlgorithm(first!, context);
    const inner = derSequenceChildren(readDer(derBitStringValue(second!)));
    const { n, e } = decodeRsaPublicKey(inner, context);
    return { kind: 'public', format: 'SPKI', n, e };
  }
  // EncryptedPrivateKeyInfo: AlgorithmIdentifier (PBES2, …), OCTET STRING encryptedData.
  if (children.length === 2 && isTag(first, DER_TAG.sequence) && isTag(second, DER_TAG.octetString)) {
    fail(context, encryptedProblem());
  }
  // Certificate: tbsCertificate, signatureAlgorithm, signatureValue.
  if (children.length === 3 && isTag(first, DER_TAG.sequence) && isTag(second, DER_TAG.sequence) && isTag(third, DER_TAG.bitString)) {
    fail(context, certificateProblem());
  }
  // SEC1 ECPrivateKey: version 1, OCTET STRING privateKey, [0] parameters, [1] publicKey.
  if (isTag(first, DER_TAG.integer) && isTag(second, DER_TAG.octetString)) fail(context, 'it is an EC key, not an RSA key.');
  if (children.every((child) => child.tag === DER_TAG.integer)) {
    // PKCS#1 RSAPublicKey: modulus, publicExponent.
    if (children.length === 2) {
      const { n, e } = decodeRsaPublicKey(children, context);
      return { kind: 'public', format: 'PKCS#1 public', n, e };
    }
    // OpenSSL's traditional DSA private key: version, p, q, g, y, x.
    if (children.length === 6) fail(context, 'it is a DSA key, not an RSA key.');
    return { kind: 'private', format: 'PKCS#1', fields: decodeRsaPrivateKey(children, context) };
  }
  fail(context, 'its ASN.1 structure is not a PKCS#1, PKCS#8 or SubjectPublicKeyInfo RSA key.');
}

function checkAlgorithm(algorithmIdentifier: DerElement, context: Context): void {
  const [oidElement] = derSequenceChildren(algorithmIdentifier);
  if (!oidElement) fail(context, 'its AlgorithmIdentifier is empty.');
  const oid = derObjectIdentifierValue(oidElement);
  if (oid === RSA_ENCRYPTION) return;
  const name = OTHER_ALGORITHMS[oid];
  fail(context, name ? `it is ${name}, not an RSA key.` : `its algorithm (OID ${oid}) is not RSA.`);
}

function decodeRsaPublicKey(children: DerElement[], context: Context): { n: bigint; e: bigint } {
  if (children.length !== 2) fail(context, 'its RSAPublicKey does not have exactly two integers (modulus, exponent).');
  const n = derIntegerValue(children[0]!);
  const e = derIntegerValue(children[1]!);
  checkPublicValues(n, e, context);
  return { n, e };
}

function decodeRsaPrivateKey(children: DerElement[], context: Context): PrivateFields {
  const [version, ...rest] = children.map((child) => derIntegerValue(child));
  if (version === 1n) fail(context, 'it is a multi-prime RSA key, which is not supported.');
  if (version !== 0n || rest.length !== 8) fail(context, 'its RSAPrivateKey is not version 0 with eight integers.');
  const [n, e, d, p, q, dp, dq, qi] = rest as [bigint, bigint, bigint, bigint, bigint, bigint, bigint, bigint];
  checkPublicValues(n, e, context);
  if (p <= 1n || q <= 1n || dp <= 0n || dq <= 0n || qi <= 0n) fail(context, 'it lacks its CRT parameters (p, q, dp, dq, qi).');
  const consistent =
    d > 0n &&
    d < n &&
    p * q === n &&
    dp === d % (p - 1n) &&
    dq === d % (q - 1n) &&
    (e * dp) % (p - 1n) === 1n &&
    (e * dq) % (q - 1n) === 1n &&
    qi < p &&
    (qi * q) % p === 1n;
  if (!consistent) fail(context, 'its private values are inconsistent with each other (n ≠ p·q or wrong CRT parameters); the key is corrupted.');
  return { n, e, d, p, q, dp, dq, qi };
}

function checkPublicValues(n: bigint, e: bigint, context: Context): void {
  if (n <= 0n || (n & 1n) === 0n) fail(context, 'its modulus is not a positive odd number.');
  if (n.toString(2).length < MIN_MODULUS_BITS) fail(context, `its modulus is shorter than ${MIN_MODULUS_BITS} bits.`);
  if (e < 3n || (e & 1n) === 0n || e >= n) fail(context, 'its public exponent is invalid.');
}

// ---------------------------------------------------------------------------------------------
// Key objects
// ---------------------------------------------------------------------------------------------

function rsaAlgorithmIdentifier(): Uint8Array {
  return encodeDerSequence(encodeDerObjectIdentifier(RSA_ENCRYPTION), encodeDerNull());
}

/** Hides key values from `util.inspect`, `console.log` and `JSON.stringify`, then freezes the object. */
function sealKey<T extends RsaKey>(key: T): T {
  const view = () => ({ kind: key.kind, modulusBits: key.n.toString(2).length });
  Object.defineProperty(key, 'toJSON', { value: view, enumerable: false });
  Object.defineProperty(key, INSPECT, {
    value: () => `Rsa${key.kind === 'public' ? 'Public' : 'Private'}Key { modulusBits: ${view().modulusBits} }`,
    enumerable: false,
  });
  return Object.freeze(key);
}

function modulusBytesOf(n: bigint): number {
  return Math.ceil(n.toString(2).length / 8);
}

function makePublicKey(n: bigint, e: bigint): RsaPublicKey {
  const rsaPublicKey = encodeDerSequence(encodeDerInteger(n), encodeDerInteger(e));
  const spki = encodeDerSequence(rsaAlgorithmIdentifier(), encodeDerBitString(rsaPublicKey));
  return sealKey({ kind: 'public', n, e, modulusBytes: modulusBytesOf(n), spki });
}

function makePrivateKey(fields: PrivateFields): RsaPrivateKey {
  const { n, e, d, p, q, dp, dq, qi } = fields;
  const rsaPrivateKey = encodeDerSequence(...[0n, n, e, d, p, q, dp, dq, qi].map((value) => encodeDerInteger(value)));
  const pkcs8 = encodeDerSequence(encodeDerInteger(0n), rsaAlgorithmIdentifier(), encodeDerOctetString(rsaPrivateKey));
  return sealKey({ kind: 'private', n, e, d, p, q, dp, dq, qi, modulusBytes: modulusBytesOf(n), pkcs8 });
}
