import { describe, expect, it } from 'vitest';
import { ClienteleError } from '../errors/clientele-error.js';
import { TEST_REFUSED_KEYS, TEST_RSA_1024, TEST_RSA_2048 } from './__fixtures__/rsa-test-keys.js';
import { base64Decode, base64Encode, base64UrlEncode, utf8Encode } from './encoding.js';
import { parsePem, toPem } from './pem.js';
import { type RsaPrivateKey, type RsaPublicKey, parseRsaKey, rsaPublicKeyFromPrivate } from './rsa-key.js';

const hex = TEST_RSA_2048.hex;
const big = (value: string): bigint => BigInt(`0x${value}`);

function expectPrivate(key: RsaPrivateKey): void {
  expect(key.kind).toBe('private');
  for (const name of ['n', 'e', 'd', 'p', 'q', 'dp', 'dq', 'qi'] as const) expect(key[name], name).toBe(big(hex[name]));
  expect(key.modulusBytes).toBe(256);
  // The canonical PKCS#8 re-encoding is byte-identical to OpenSSL's.
  expect(base64Encode(key.pkcs8)).toBe(TEST_RSA_2048.pkcs8Base64);
}

function expectPublic(key: RsaPublicKey): void {
  expect(key.kind).toBe('public');
  expect(key.n).toBe(big(hex.n));
  expect(key.e).toBe(65537n);
  expect(key.modulusBytes).toBe(256);
  expect(base64Encode(key.spki)).toBe(TEST_RSA_2048.spkiBase64);
}

/** Runs `action`, expecting a ClienteleError, and returns it. */
function catchError(action: () => unknown): ClienteleError {
  try {
    action();
  } catch (error) {
    expect(ClienteleError.isInstance(error)).toBe(true);
    return error as ClienteleError;
  }
  throw new Error('expected an error');
}

describe('parseRsaKey: private keys', () => {
  it.each([
    ['PKCS#1 PEM', TEST_RSA_2048.pkcs1Pem],
    ['PKCS#8 PEM', TEST_RSA_2048.pkcs8Pem],
    ['PKCS#8 bare base64', TEST_RSA_2048.pkcs8Base64],
    ['PKCS#1 bare base64', TEST_RSA_2048.pkcs1Base64],
    ['PKCS#8 base64url', base64UrlEncode(base64Decode(TEST_RSA_2048.pkcs8Base64))],
    ['PKCS#8 base64 wrapped at 64 columns', TEST_RSA_2048.pkcs8Base64.replace(/(.{64})/g, '$1\n')],
    ['PKCS#1 PEM with CRLF and indentation', TEST_RSA_2048.pkcs1Pem.replace(/\n/g, '\r\n  ')],
    ['PKCS#8 PEM with literal \\n (environment variable)', TEST_RSA_2048.pkcs8Pem.replace(/\n/g, '\\n')],
  ])('%s', (_name, input) => {
    expectPrivate(parseRsaKey(input, { expect: 'private' }));
  });

  it.each([
    ['PKCS#8 DER bytes', () => base64Decode(TEST_RSA_2048.pkcs8Base64)],
    ['PKCS#1 DER bytes', () => base64Decode(TEST_RSA_2048.pkcs1Base64)],
    ['PEM file bytes', () => utf8Encode(TEST_RSA_2048.pkcs1Pem)],
  ])('%s', (_name, input) => {
    expectPrivate(parseRsaKey(input(), { expect: 'private' }));
  });

  it('detects the kind without `expect`', () => {
    expect(parseRsaKey(TEST_RSA_2048.pkcs8Pem).kind).toBe('private');
    expect(parseRsaKey(TEST_RSA_2048.spkiPem).kind).toBe('public');
  });

  it('parses a 1024-bit key', () => {
    const key = parseRsaKey(TEST_RSA_1024.pkcs1Pem, { expect: 'private' });
    expect(key.n).toBe(big(TEST_RSA_1024.hex.n));
    expect(key.modulusBytes).toBe(128);
  });

  it('re-encodes PKCS#8 that parses back to the same key', () => {
    const key = parseRsaKey(TEST_RSA_2048.pkcs1Pem, { expect: 'private' });
    expect(parseRsaKey(toPem('PRIVATE KEY', key.pkcs8), { expect: 'private' })).toEqual(key);
  });
});

describe('parseRsaKey: public keys', () => {
  it.each([
    ['SPKI PEM', TEST_RSA_2048.spkiPem],
    ['PKCS#1 public PEM', TEST_RSA_2048.pkcs1PublicPem],
    ['SPKI bare base64 (as SGATE issues it)', TEST_RSA_2048.spkiBase64],
    ['PKCS#1 public bare base64', TEST_RSA_2048.pkcs1PublicBase64],
    ['SPKI PEM without trailing newline', TEST_RSA_2048.spkiPem.trimEnd()],
  ])('%s', (_name, input) => {
    expectPublic(parseRsaKey(input, { expect: 'public' }));
  });

  it('accepts SPKI DER bytes', () => {
    expectPublic(parseRsaKey(base64Decode(TEST_RSA_2048.spkiBase64), { expect: 'public' }));
  });

  it('derives the public key from the private key', () => {
    const publicKey = rsaPublicKeyFromPrivate(parseRsaKey(TEST_RSA_2048.pkcs1Pem, { expect: 'private' }));
    expectPublic(publicKey);
    expect(publicKey).toEqual(parseRsaKey(TEST_RSA_2048.spkiPem));
  });
});

describe('parseRsaKey: wrong kind', () => {
  it('names what was given and what is needed, with the caller hint', () => {
    const error = catchError(() =>
      parseRsaKey(TEST_RSA_2048.spkiPem, {
        expect: 'private',
        label: 'merchantPrivateKey',
        hint: 'The merchant private key is the one you generated; the system public key comes from SGATE.',
        provider: 'sgate',
      }),
    );
    expect(error.kind).toBe('configuration');
    expect(error.provider).toBe('sgate');
    expect(error.message).toBe(
      'Expected an RSA private key (merchantPrivateKey) but got a public key (SPKI). ' +
        'The merchant private key is the one you generated; the system public key comes from SGATE.',
    );
  });

  it.each([
    ['public', TEST_RSA_2048.pkcs1PublicPem, 'Expected an RSA private key (key) but got a public key (PKCS#1).'],
    ['private', TEST_RSA_2048.pkcs8Base64, 'Expected an RSA public key (key) but got a private key (PKCS#8).'],
    ['private', TEST_RSA_2048.pkcs1Pem, 'Expected an RSA public key (key) but got a private key (PKCS#1).'],
  ] as const)('a %s key where the other is expected', (given, input, message) => {
    const expect_ = given === 'public' ? 'private' : 'public';
    const error = catchError(() => parseRsaKey(input, { expect: expect_, label: 'key' }));
    expect(error.kind).toBe('configuration');
    expect(error.message).toBe(message);
  });
});

describe('parseRsaKey: refusals', () => {
  it.each([
    ['legacy encrypted PEM', TEST_REFUSED_KEYS.encryptedLegacyPem, /encrypted with a passphrase/],
    ['encrypted PKCS#8 PEM', TEST_REFUSED_KEYS.encryptedPkcs8Pem, /encrypted with a passphrase/],
    ['encrypted PKCS#8 as bare base64', parsePemBody(TEST_REFUSED_KEYS.encryptedPkcs8Pem), /encrypted with a passphrase/],
    ['EC PKCS#8', TEST_REFUSED_KEYS.ecPkcs8Pem, /an EC key, not an RSA key/],
    ['EC SEC1', TEST_REFUSED_KEYS.ecSec1Pem, /an EC key, not an RSA key/],
    ['EC SEC1 as bare base64', parsePemBody(TEST_REFUSED_KEYS.ecSec1Pem), /an EC key, not an RSA key/],
    ['EC SPKI', TEST_REFUSED_KEYS.ecSpkiPem, /an EC key, not an RSA key/],
    ['Ed25519 PKCS#8', TEST_REFUSED_KEYS.ed25519Pkcs8Pem, /an Ed25519 key, not an RSA key/],
    ['Ed25519 SPKI', TEST_REFUSED_KEYS.ed25519SpkiPem, /an Ed25519 key, not an RSA key/],
    ['RSA-PSS', TEST_REFUSED_KEYS.rsaPssPem, /RSA-PSS key/],
    ['certificate', TEST_REFUSED_KEYS.certificatePem, /X\.509 certificate/],
    ['certificate as bare base64', parsePemBody(TEST_REFUSED_KEYS.certificatePem), /X\.509 certificate/],
    ['empty string', '  \n', /it is empty/],
    ['random text', 'not a key at all', /neither PEM nor base64/],
    ['a file path', './keys/merchant.pem', /looks like a file path/],
    ['an OpenSSH public key', 'ssh-rsa AAAAB3NzaC1yc2E comment', /OpenSSH public key/],
    ['an OpenSSH private key', '-----BEGIN OPENSSH PRIVATE KEY-----\nAAAA\n-----END OPENSSH PRIVATE KEY-----', /OpenSSH format/],
    ['a JWK', '{"kty":"RSA"}', /JWK/],
    ['truncated base64 DER', TEST_RSA_2048.pkcs8Base64.slice(0, 200), /not a valid DER-encoded key/],
    ['mismatched PEM labels', TEST_RSA_2048.spkiPem.replace('END PUBLIC', 'END PRIVATE'), /closed by/],
  ])('%s', (_name, input, pattern) => {
    const error = catchError(() => parseRsaKey(input, { label: 'merchantPrivateKey' }));
    expect(error.kind).toBe('configuration');
    expect(error.message).toMatch(/^Invalid RSA key \(merchantPrivateKey\): /);
    expect(error.message).toMatch(pattern);
  });

  it('refuses a corrupted private key whose CRT parameters do not match', () => {
    const der = base64Decode(TEST_RSA_2048.pkcs1Base64);
    der[der.length - 5]! ^= 0x01; // inside qi
    expect(catchError(() => parseRsaKey(der)).message).toMatch(/inconsistent/);
  });

  it('refuses non-string, non-byte input', () => {
    expect(catchError(() => parseRsaKey(42 as unknown as string)).message).toMatch(/expected a string/);
  });

  it('never puts key material in messages or logs', () => {
    const body = TEST_RSA_2048.pkcs8Base64;
    const inputs = [
      body.slice(0, 300),
      `${body}!`,
      TEST_RSA_2048.pkcs8Pem.replace('END PRIVATE', 'END PUBLIC'),
      TEST_RSA_2048.spkiPem,
    ];
    for (const input of inputs) {
      const error = catchError(() => parseRsaKey(input, { expect: 'private' }));
      const text = `${error.message} ${JSON.stringify(error)}`;
      for (let index = 0; index + 16 <= body.length; index += 16) expect(text).not.toContain(body.slice(index, index + 16));
    }
    const key = parseRsaKey(TEST_RSA_2048.pkcs8Pem, { expect: 'private' });
    expect(JSON.stringify(key)).toBe('{"kind":"private","modulusBits":2048}');
  });
});

function parsePemBody(pem: string): string {
  return base64Encode(parsePem(pem).der);
}
