import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSgateEncryptor } from '@clientele/sgate/encrypt';
import { SGATE_TEST_KEYS } from '@clientele/sgate/testing';
import { describe, expect, it } from 'vitest';

describe('browser field encryption, decrypted by openssl', () => {
  it('produces RSAES-PKCS1-v1_5 blocks that `openssl pkeyutl -decrypt` reads, chunk by chunk', () => {
    const directory = mkdtempSync(join(tmpdir(), 'sgate-encrypt-'));
    const keyFile = join(directory, 'system.pem');
    writeFileSync(keyFile, SGATE_TEST_KEYS.systemPrivateKey);
    const encryptor = createSgateEncryptor(SGATE_TEST_KEYS.systemPublicKeyBase64);
    const long = `${'مرحبا SGATE '.repeat(20)}😀`;
    for (const plaintext of ['5123450000000001', long]) {
      const bytes = Buffer.from(encryptor.encrypt(plaintext), 'base64');
      const blocks = [];
      for (let offset = 0; offset < bytes.length; offset += 256) {
        blocks.push(execFileSync('openssl', ['pkeyutl', '-decrypt', '-inkey', keyFile, '-pkeyopt', 'rsa_padding_mode:pkcs1'], { input: bytes.subarray(offset, offset + 256) }));
      }
      expect(Buffer.concat(blocks).toString('utf8')).toBe(plaintext);
    }
  });
});
