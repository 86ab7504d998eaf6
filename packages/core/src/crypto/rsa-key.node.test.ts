import { execFileSync } from 'node:child_process';
import { type KeyObject, createPrivateKey, createPublicKey, generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { base64Encode } from './encoding.js';
import { type RsaKey, parseRsaKey } from './rsa-key.js';

const fromBase64Url = (value: string | undefined): bigint => BigInt(`0x${Buffer.from(value ?? '', 'base64url').toString('hex')}`);

/** The key's values according to node:crypto's JWK export. */
function jwkValues(key: KeyObject): Record<string, bigint> {
  const jwk = key.export({ format: 'jwk' });
  const values: Record<string, bigint> = {};
  for (const name of ['n', 'e', 'd', 'p', 'q', 'dp', 'dq', 'qi'] as const) if (jwk[name]) values[name] = fromBase64Url(jwk[name]);
  return values;
}

function pickValues(key: RsaKey): Record<string, bigint> {
  const { n, e } = key;
  if (key.kind === 'public') return { n, e };
  const { d, p, q, dp, dq, qi } = key;
  return { n, e, d, p, q, dp, dq, qi };
}

/** Every encoding of one private key that parseRsaKey must accept, made by node:crypto. */
function nodeEncodings(privateKey: KeyObject): Array<[string, string | Uint8Array, 'public' | 'private']> {
  const publicKey = createPublicKey(privateKey);
  const pkcs8Der = privateKey.export({ format: 'der', type: 'pkcs8' });
  const pkcs1Der = privateKey.export({ format: 'der', type: 'pkcs1' });
  const spkiDer = publicKey.export({ format: 'der', type: 'spki' });
  const pkcs1PublicDer = publicKey.export({ format: 'der', type: 'pkcs1' });
  return [
    ['PKCS#1 PEM', privateKey.export({ format: 'pem', type: 'pkcs1' }) as string, 'private'],
    ['PKCS#8 PEM', privateKey.export({ format: 'pem', type: 'pkcs8' }) as string, 'private'],
    ['SPKI PEM', publicKey.export({ format: 'pem', type: 'spki' }) as string, 'public'],
    ['PKCS#1 public PEM', publicKey.export({ format: 'pem', type: 'pkcs1' }) as string, 'public'],
    ['PKCS#8 bare base64', pkcs8Der.toString('base64'), 'private'],
    ['PKCS#1 bare base64', pkcs1Der.toString('base64'), 'private'],
    ['SPKI bare base64', spkiDer.toString('base64'), 'public'],
    ['PKCS#1 public bare base64', pkcs1PublicDer.toString('base64'), 'public'],
    ['PKCS#8 DER', new Uint8Array(pkcs8Der), 'private'],
    ['SPKI DER', new Uint8Array(spkiDer), 'public'],
  ];
}

describe('parseRsaKey agrees with node:crypto', () => {
  for (const modulusLength of [2048, 3072, 1024]) {
    describe(`${modulusLength}-bit key from generateKeyPairSync`, () => {
      const { privateKey } = generateKeyPairSync('rsa', { modulusLength });
      const expected = jwkValues(privateKey);
      const pkcs8 = privateKey.export({ format: 'der', type: 'pkcs8' }).toString('base64');
      const spki = createPublicKey(privateKey).export({ format: 'der', type: 'spki' }).toString('base64');

      it.each(nodeEncodings(privateKey))('%s', (_name, input, kind) => {
        const key = parseRsaKey(input, { expect: kind });
        const values = pickValues(key);
        for (const [name, value] of Object.entries(values)) expect(value, name).toBe(expected[name]);
        expect(key.modulusBytes).toBe(modulusLength / 8);
        if (key.kind === 'private') expect(base64Encode(key.pkcs8)).toBe(pkcs8);
        else expect(base64Encode(key.spki)).toBe(spki);
      });

      it('produces DER that node:crypto imports as the same key', () => {
        const key = parseRsaKey(privateKey.export({ format: 'pem', type: 'pkcs1' }) as string, { expect: 'private' });
        const imported = createPrivateKey({ key: Buffer.from(key.pkcs8), format: 'der', type: 'pkcs8' });
        expect(jwkValues(imported)).toEqual(expected);
      });
    });
  }
});

function hasOpenssl(): boolean {
  try {
    execFileSync('openssl', ['version'], { stdio: 'pipe' });
    return true;
  } catch {
    return false;
  }
}

describe.skipIf(!hasOpenssl())('parseRsaKey agrees with openssl-generated keys', () => {
  let directory = '';
  const file = (name: string) => join(directory, name);
  const openssl = (...args: string[]) => execFileSync('openssl', args, { stdio: 'pipe' });

  beforeAll(() => {
    directory = mkdtempSync(join(tmpdir(), 'clientele-rsa-key-'));
    // The recipe in SGATE's docs (genrsa, pkcs8 -topk8 -nocrypt, rsa -pubout), plus the PKCS#1 forms.
    openssl('genrsa', '-traditional', '-out', file('pkcs1.pem'), '2048');
    openssl('pkcs8', '-topk8', '-nocrypt', '-in', file('pkcs1.pem'), '-out', file('pkcs8.pem'));
    openssl('rsa', '-in', file('pkcs1.pem'), '-pubout', '-out', file('spki.pem'));
    openssl('rsa', '-in', file('pkcs1.pem'), '-RSAPublicKey_out', '-out', file('pkcs1-public.pem'));
    openssl('pkcs8', '-topk8', '-nocrypt', '-in', file('pkcs1.pem'), '-outform', 'DER', '-out', file('pkcs8.der'));
    openssl('rsa', '-in', file('pkcs1.pem'), '-pubout', '-outform', 'DER', '-out', file('spki.der'));
  });
  afterAll(() => {
    if (directory) rmSync(directory, { recursive: true, force: true });
  });

  const cases: Array<[string, () => string | Uint8Array, 'public' | 'private']> = [
    ['PKCS#1 PEM', () => readFileSync(file('pkcs1.pem'), 'utf8'), 'private'],
    ['PKCS#8 PEM', () => readFileSync(file('pkcs8.pem'), 'utf8'), 'private'],
    ['SPKI PEM', () => readFileSync(file('spki.pem'), 'utf8'), 'public'],
    ['PKCS#1 public PEM', () => readFileSync(file('pkcs1-public.pem'), 'utf8'), 'public'],
    ['PKCS#8 bare base64', () => readFileSync(file('pkcs8.der')).toString('base64'), 'private'],
    ['SPKI bare base64', () => readFileSync(file('spki.der')).toString('base64'), 'public'],
    ['PKCS#8 DER file bytes', () => new Uint8Array(readFileSync(file('pkcs8.der'))), 'private'],
    ['PKCS#1 PEM file bytes (Buffer)', () => readFileSync(file('pkcs1.pem')), 'private'],
  ];

  it.each(cases)('%s', (_name, input, kind) => {
    const expected = jwkValues(createPrivateKey(readFileSync(file('pkcs1.pem'))));
    const key = parseRsaKey(input(), { expect: kind });
    for (const [name, value] of Object.entries(pickValues(key))) expect(value, name).toBe(expected[name]);
    if (key.kind === 'private') expect(base64Encode(key.pkcs8)).toBe(readFileSync(file('pkcs8.der')).toString('base64'));
    else expect(base64Encode(key.spki)).toBe(readFileSync(file('spki.der')).toString('base64'));
  });
});
