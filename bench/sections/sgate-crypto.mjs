import { createPrivateKey, createPublicKey, generateKeyPairSync, randomBytes } from 'node:crypto';
import { join } from 'node:path';
import budgets from '../budgets.json' with { type: 'json' };
import { importFromSource } from '../lib/bundle-source.mjs';
import { compareInterleaved } from '../lib/compare-interleaved.mjs';
import { formatMicroseconds, formatMilliseconds } from '../lib/format-report.mjs';
import { root } from '../lib/resolve-entry.mjs';
import { rawSgateCrypto } from '../lib/sgate-raw-crypto.mjs';

const SGATE = join(root, 'packages', 'sgate');
/** The source file of the pure-JS engine (`pureRsaEngine`: BigInt, CRT; browsers and edge runtimes). */
const PURE_ENGINE_FILE = join(SGATE, 'src', 'rsa', 'rsa-pkcs1.ts');
/** The source file of the node:crypto engine (`nodeRsaEngine`). */
const NODE_ENGINE_FILE = join(SGATE, 'src', 'rsa', 'node-rsa-engine.node.ts');

/**
 * SGATE's RSA operations one by one, 2048-bit keys: the SDK's node:crypto engine against the same calls
 * written directly on node:crypto (interleaved), and the pure-JS engine (BigInt, CRT) that browsers and edge
 * runtimes use. The engines are bundled from their files under packages/sgate/src/rsa (no public entry
 * exposes them); a renamed file or export fails the bundle, and so the section.
 */
export default async function run(context) {
  const section = { id: 'sgate-crypto', title: 'SGATE crypto per operation (2048-bit RSA)', rows: [], notes: [] };
  const engines = `
export { nodeRsaEngine } from ${JSON.stringify(NODE_ENGINE_FILE)};
export { pureRsaEngine } from ${JSON.stringify(PURE_ENGINE_FILE)};
export { parseRsaKey } from '@clientele/core';
`;
  const { nodeRsaEngine, pureRsaEngine, parseRsaKey } = await importFromSource(engines, SGATE);
  // esbuild drops a missing import from a .ts file silently (it could be a type): say which export is gone.
  if (!nodeRsaEngine) throw new Error(`${NODE_ENGINE_FILE} no longer exports nodeRsaEngine`);
  if (!pureRsaEngine) throw new Error(`${PURE_ENGINE_FILE} no longer exports pureRsaEngine`);
  const pair = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const privatePem = pair.privateKey.export({ type: 'pkcs8', format: 'pem' });
  const publicPem = pair.publicKey.export({ type: 'spki', format: 'pem' });
  const parsedPrivate = parseRsaKey(privatePem, { expect: 'private', label: 'bench private key' });
  const parsedPublic = parseRsaKey(publicPem, { expect: 'public', label: 'bench public key' });
  const rawPrivate = createPrivateKey(privatePem);
  const rawPublic = createPublicKey(publicPem);

  // What SGATE really signs: the 32 ASCII bytes of an MD5 hex digest; what it encrypts: e.g. a card number.
  const message = new TextEncoder().encode(randomBytes(16).toString('hex'));
  const plaintext = new TextEncoder().encode('4111111111111111111');
  const signature = rawSgateCrypto.signMd5(rawPrivate, message);
  const ciphertext = rawSgateCrypto.encrypt(rawPublic, plaintext);

  const operations = {
    sign: {
      raw: () => rawSgateCrypto.signMd5(rawPrivate, message),
      node: () => nodeRsaEngine.signMd5(parsedPrivate, message),
      pure: () => pureRsaEngine.signMd5(parsedPrivate, message),
      privateKey: true,
    },
    verify: {
      raw: () => rawSgateCrypto.verifyMd5(rawPublic, message, signature),
      node: () => nodeRsaEngine.verifyMd5(parsedPublic, message, signature),
      pure: () => pureRsaEngine.verifyMd5(parsedPublic, message, signature),
    },
    encrypt: {
      raw: () => rawSgateCrypto.encrypt(rawPublic, plaintext),
      node: () => nodeRsaEngine.encrypt(parsedPublic, plaintext),
      pure: () => pureRsaEngine.encrypt(parsedPublic, plaintext),
    },
    decrypt: {
      raw: () => rawSgateCrypto.decrypt(rawPrivate, ciphertext),
      node: () => nodeRsaEngine.decrypt(parsedPrivate, ciphertext),
      pure: () => pureRsaEngine.decrypt(parsedPrivate, ciphertext),
      privateKey: true,
    },
  };

  // Correctness first: all three paths agree.
  const expectedText = new TextDecoder().decode(plaintext);
  if (!nodeRsaEngine.verifyMd5(parsedPublic, message, nodeRsaEngine.signMd5(parsedPrivate, message))) throw new Error('node engine: signature does not verify');
  if (Buffer.compare(Buffer.from(pureRsaEngine.signMd5(parsedPrivate, message)), signature) !== 0) throw new Error('pure engine: signature differs from node:crypto');
  if (new TextDecoder().decode(pureRsaEngine.decrypt(parsedPrivate, nodeRsaEngine.encrypt(parsedPublic, plaintext))) !== expectedText) throw new Error('pure engine cannot decrypt');
  if (new TextDecoder().decode(nodeRsaEngine.decrypt(parsedPrivate, pureRsaEngine.encrypt(parsedPublic, plaintext))) !== expectedText) throw new Error('node engine cannot decrypt');

  const nodeLimit = budgets.sgateCrypto.nodeMaxRatio;
  const pureLimit = budgets.sgateCrypto.pureJsPrivateMaxMs;
  for (const [name, operation] of Object.entries(operations)) {
    const fast = !operation.privateKey;
    const { summary, ratios } = await compareInterleaved(
      [{ name: 'raw', call: operation.raw }, { name: 'node', call: operation.node }],
      { rounds: context.quick ? 10 : 25, blockSize: fast ? 200 : 20, warmupBlocks: 2, clock: 'cpu' },
    );
    section.rows.push({
      measurement: `${name} — SDK node:crypto engine`,
      figure: formatMicroseconds(summary.node.median),
      baseline: `raw node:crypto ${formatMicroseconds(summary.raw.median)}`,
      ratio: ratios.node,
      budget: `≤ ${nodeLimit}×`,
      status: ratios.node <= nodeLimit ? 'pass' : 'miss',
    });
  }
  for (const [name, operation] of Object.entries(operations)) {
    const { summary, ratios } = await compareInterleaved(
      [{ name: 'raw', call: operation.raw }, { name: 'pure', call: operation.pure }],
      { rounds: context.quick ? 5 : 12, blockSize: operation.privateKey ? 4 : 20, warmupBlocks: 1, clock: 'cpu' },
    );
    const milliseconds = summary.pure.median / 1000;
    section.rows.push({
      measurement: `${name} — SDK pure-JS engine (BigInt${operation.privateKey ? ', CRT, blinded' : ''})`,
      figure: formatMilliseconds(milliseconds),
      baseline: `raw node:crypto ${formatMicroseconds(summary.raw.median)}`,
      ratio: ratios.pure,
      budget: operation.privateKey ? `≤ ${pureLimit} ms` : '',
      status: operation.privateKey ? (milliseconds <= pureLimit ? 'pass' : 'miss') : 'info',
    });
  }
  section.description =
    'CPU time per operation (`process.cpuUsage()` of the process: every operation here is synchronous and single-threaded, so CPU time is its cost, unaffected by waiting for a busy CPU), interleaved blocks, medians. Each operation on one 2048-bit key pair, as SGATE uses it: MD5withRSA sign and verify of a 32-character MD5 hex digest, RSAES-PKCS1-v1_5 encrypt of a 19-digit account number and decrypt of one 256-byte block. "raw node:crypto" calls `crypto.sign/verify(\'md5\')`, `publicEncrypt` and `privateDecrypt` (`RSA_NO_PADDING` + unpad, since Node 20 refuses PKCS#1 v1.5 private decryption) on KeyObjects made once. The SDK engines take keys parsed by `parseRsaKey`; both engines were checked to produce identical signatures and to decrypt each other\'s ciphertexts before timing.';
  return section;
}
