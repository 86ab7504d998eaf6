import { execFileSync } from 'node:child_process';
import { constants, createPrivateKey, generateKeyPairSync, publicEncrypt, randomBytes, sign } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ClienteleError, base64Decode, base64Encode, utf8Decode, utf8Encode } from '@clientele/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseRsaKey } from '@clientele/core';
import { SGATE_CIPHERTEXT_VECTORS, SGATE_SIGNATURE_VECTORS, SGATE_TEST_KEY } from './__fixtures__/sgate-test-key.js';
import { DECRYPTION_FAILED_MESSAGE, type RsaEngine } from './rsa-engine.js';
import { nodeRsaEngine } from './node-rsa-engine.node.js';
import { pureRsaEngine } from './rsa-pkcs1.js';

const privateKey = parseRsaKey(SGATE_TEST_KEY.privateKeyPem, { expect: 'private' });
const publicKey = parseRsaKey(SGATE_TEST_KEY.publicKeyBase64, { expect: 'public' });
const engines: RsaEngine[] = [pureRsaEngine, nodeRsaEngine];

function hasOpenssl(): boolean {
  try {
    execFileSync('openssl', ['version'], { stdio: 'pipe' });
    return true;
  } catch {
    return false;
  }
}

describe.each(engines)('$name engine', (engine) => {
  it.each(SGATE_SIGNATURE_VECTORS)('signs and verifies the known answer for $message', ({ message, signatureBase64 }) => {
    expect(base64Encode(engine.signMd5(privateKey, utf8Encode(message)))).toBe(signatureBase64);
    expect(engine.verifyMd5(publicKey, utf8Encode(message), base64Decode(signatureBase64))).toBe(true);
  });

  it('rejects tampered signatures, wrong messages and wrong lengths', () => {
    const message = utf8Encode(SGATE_SIGNATURE_VECTORS[0].message);
    const signature = base64Decode(SGATE_SIGNATURE_VECTORS[0].signatureBase64);
    for (const index of [0, 128, 255]) {
      const tampered = signature.slice();
      tampered[index]! ^= 0x80;
      expect(engine.verifyMd5(publicKey, message, tampered)).toBe(false);
    }
    expect(engine.verifyMd5(publicKey, utf8Encode('8a5908e27626d79d73dc14bd9ba00e73'), signature)).toBe(false);
    expect(engine.verifyMd5(publicKey, message, signature.subarray(0, 255))).toBe(false);
    expect(engine.verifyMd5(publicKey, message, new Uint8Array(256).fill(0xff))).toBe(false);
  });

  it.each(SGATE_CIPHERTEXT_VECTORS)('decrypts the openssl known answer $plaintext', ({ plaintext, ciphertextBase64 }) => {
    expect(utf8Decode(engine.decrypt(privateKey, base64Decode(ciphertextBase64)))).toBe(plaintext);
  });

  it.each([0, 1, 117, 245])('round-trips %i bytes, in both directions with the other engine', (length) => {
    const other = engine === pureRsaEngine ? nodeRsaEngine : pureRsaEngine;
    const plaintext = new Uint8Array(randomBytes(length));
    const ciphertext = engine.encrypt(publicKey, plaintext);
    expect(ciphertext).toHaveLength(256);
    expect(engine.decrypt(privateKey, ciphertext)).toEqual(plaintext);
    expect(other.decrypt(privateKey, ciphertext)).toEqual(plaintext);
  });

  it('round-trips multi-byte UTF-8 (Arabic, emoji)', () => {
    const text = 'رقم الهوية ١٠٢٣٤٥٦٧٨٩ 🇸🇦';
    expect(utf8Decode(engine.decrypt(privateKey, engine.encrypt(publicKey, utf8Encode(text))))).toBe(text);
  });

  it('refuses 246 bytes (k − 11 + 1) with a validation error', () => {
    try {
      engine.encrypt(publicKey, new Uint8Array(246));
      expect.unreachable();
    } catch (error) {
      expect((error as ClienteleError).kind).toBe('validation');
      expect((error as ClienteleError).message).toMatch(/at most 245 bytes with this key, got 246\./);
    }
  });

  it('fails decryption generically', () => {
    const good = base64Decode(SGATE_CIPHERTEXT_VECTORS[0].ciphertextBase64);
    const tampered = good.slice();
    tampered[200]! ^= 0x01;
    for (const ciphertext of [tampered, good.subarray(1), new Uint8Array(256).fill(0xff), new Uint8Array(256)]) {
      let caught: unknown;
      try {
        engine.decrypt(privateKey, ciphertext);
      } catch (error) {
        caught = error;
      }
      expect(ClienteleError.isInstance(caught)).toBe(true);
      expect((caught as ClienteleError).kind).toBe('invalid_response');
      expect((caught as ClienteleError).message).toBe(DECRYPTION_FAILED_MESSAGE);
    }
  });
});

describe('pure and node engines agree', () => {
  it('on MD5withRSA signatures of random messages (byte-identical) and cross-verify', () => {
    for (let round = 0; round < 10; round++) {
      const message = new Uint8Array(randomBytes(round * 37));
      const pure = pureRsaEngine.signMd5(privateKey, message);
      const node = nodeRsaEngine.signMd5(privateKey, message);
      expect(pure).toEqual(node);
      expect(nodeRsaEngine.verifyMd5(publicKey, message, pure)).toBe(true);
      expect(pureRsaEngine.verifyMd5(publicKey, message, node)).toBe(true);
    }
  });

  it('with crypto.sign and publicEncrypt used directly', () => {
    const keyObject = createPrivateKey(SGATE_TEST_KEY.privateKeyPem);
    const message = utf8Encode('8a5908e27626d79d73dc14bd9ba00e72');
    expect(pureRsaEngine.signMd5(privateKey, message)).toEqual(new Uint8Array(sign('md5', message, keyObject)));
    const ciphertext = publicEncrypt({ key: keyObject, padding: constants.RSA_PKCS1_PADDING }, utf8Encode('direct'));
    expect(utf8Decode(pureRsaEngine.decrypt(privateKey, ciphertext))).toBe('direct');
  });

  it.each([1024, 3072])('with a fresh %i-bit key', (modulusLength) => {
    const pair = generateKeyPairSync('rsa', { modulusLength });
    const key = parseRsaKey(pair.privateKey.export({ format: 'pem', type: 'pkcs1' }) as string, { expect: 'private' });
    const keyPublic = parseRsaKey(pair.publicKey.export({ format: 'pem', type: 'spki' }) as string, { expect: 'public' });
    const message = new Uint8Array(randomBytes(50));
    const signature = pureRsaEngine.signMd5(key, message);
    expect(signature).toEqual(nodeRsaEngine.signMd5(key, message));
    expect(nodeRsaEngine.verifyMd5(keyPublic, message, signature)).toBe(true);
    const plaintext = new Uint8Array(randomBytes(key.modulusBytes - 11));
    expect(pureRsaEngine.decrypt(key, nodeRsaEngine.encrypt(keyPublic, plaintext))).toEqual(plaintext);
    expect(nodeRsaEngine.decrypt(key, pureRsaEngine.encrypt(keyPublic, plaintext))).toEqual(plaintext);
  });
});

describe.skipIf(!hasOpenssl())('cross-check with the openssl command line', () => {
  let directory = '';
  let privateFile = '';
  let publicFile = '';
  beforeAll(() => {
    directory = mkdtempSync(join(tmpdir(), 'clientele-sgate-rsa-'));
    privateFile = join(directory, 'private.pem');
    publicFile = join(directory, 'public.pem');
    writeFileSync(privateFile, SGATE_TEST_KEY.privateKeyPem, { mode: 0o600 });
    writeFileSync(publicFile, `-----BEGIN PUBLIC KEY-----\n${SGATE_TEST_KEY.publicKeyBase64}\n-----END PUBLIC KEY-----\n`);
  });
  afterAll(() => {
    if (directory) rmSync(directory, { recursive: true, force: true });
  });
  const openssl = (args: string[], input: Uint8Array) => new Uint8Array(execFileSync('openssl', args, { input, stdio: 'pipe' }));

  it('MD5withRSA signatures of both engines equal `openssl dgst -md5 -sign` over the digest string', () => {
    for (const digest of ['8a5908e27626d79d73dc14bd9ba00e72', '49ebae503f018b2014c538995c668e74', 'مرحبا']) {
      const message = utf8Encode(digest);
      const expected = openssl(['dgst', '-md5', '-sign', privateFile], message);
      expect(pureRsaEngine.signMd5(privateKey, message)).toEqual(expected);
      expect(nodeRsaEngine.signMd5(privateKey, message)).toEqual(expected);
    }
  });

  it('ciphertexts of both engines decrypt with `openssl pkeyutl -decrypt`', () => {
    for (const engine of engines) {
      for (const plaintext of [new Uint8Array(0), utf8Encode('SA0380000000608010167519'), new Uint8Array(randomBytes(245))]) {
        expect(openssl(['pkeyutl', '-decrypt', '-inkey', privateFile], engine.encrypt(publicKey, plaintext))).toEqual(plaintext);
      }
    }
  });

  it('`openssl pkeyutl -encrypt` ciphertexts decrypt with both engines', () => {
    for (const plaintext of [new Uint8Array(0), utf8Encode('عبدالله'), new Uint8Array(randomBytes(117)), new Uint8Array(randomBytes(245))]) {
      const ciphertext = openssl(['pkeyutl', '-encrypt', '-pubin', '-inkey', publicFile], plaintext);
      for (const engine of engines) expect(engine.decrypt(privateKey, ciphertext)).toEqual(plaintext);
    }
  });

  it('openssl verifies signatures of the pure engine', () => {
    const message = utf8Encode('3c7d2e2642623026c5f1a3bc3cb703fa');
    const signatureFile = join(directory, 'signature.bin');
    writeFileSync(signatureFile, pureRsaEngine.signMd5(privateKey, message));
    const output = execFileSync('openssl', ['dgst', '-md5', '-verify', publicFile, '-signature', signatureFile], {
      input: message,
      stdio: 'pipe',
    }).toString();
    expect(output.trim()).toBe('Verified OK');
  });
});
