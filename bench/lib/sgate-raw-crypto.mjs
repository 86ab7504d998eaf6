import { constants, privateDecrypt, publicEncrypt, sign, verify } from 'node:crypto';

/**
 * SGATE's four RSA operations written directly on node:crypto, the way a careful hand-written integration
 * would: KeyObjects made once, `crypto.sign/verify('md5', …)`, `publicEncrypt` with PKCS#1 v1.5 padding, and
 * (because Node 20 refuses PKCS#1 v1.5 private decryption, CVE-2023-46809) `privateDecrypt` with
 * `RSA_NO_PADDING` plus a plain unpad. The baseline of the SGATE benchmarks.
 */
export const rawSgateCrypto = {
  signMd5: (privateKey, message) => sign('md5', message, privateKey),
  verifyMd5: (publicKey, message, signature) => verify('md5', message, publicKey, signature),
  encrypt: (publicKey, plaintext) => publicEncrypt({ key: publicKey, padding: constants.RSA_PKCS1_PADDING }, plaintext),
  decrypt(privateKey, ciphertext) {
    const block = privateDecrypt({ key: privateKey, padding: constants.RSA_NO_PADDING }, ciphertext);
    if (block[0] !== 0 || block[1] !== 2) throw new Error('bad padding');
    const separator = block.indexOf(0, 2);
    if (separator < 10) throw new Error('bad padding');
    return block.subarray(separator + 1);
  },
};

/** SGATE field encryption (spec §3.2) on the raw operations: 245-byte chunks, base64 of the blocks. */
export function rawEncryptField(publicKey, text, modulusBytes = 256) {
  const bytes = Buffer.from(text, 'utf8');
  const chunk = modulusBytes - 11;
  const blocks = [];
  for (let offset = 0; offset < bytes.length || offset === 0; offset += chunk) blocks.push(rawSgateCrypto.encrypt(publicKey, bytes.subarray(offset, offset + chunk)));
  return Buffer.concat(blocks).toString('base64');
}

/** SGATE field decryption (spec §3.2) on the raw operations. */
export function rawDecryptField(privateKey, ciphertext, modulusBytes = 256) {
  const bytes = Buffer.from(ciphertext, 'base64');
  const parts = [];
  for (let offset = 0; offset < bytes.length; offset += modulusBytes) parts.push(rawSgateCrypto.decrypt(privateKey, bytes.subarray(offset, offset + modulusBytes)));
  return Buffer.concat(parts).toString('utf8');
}
