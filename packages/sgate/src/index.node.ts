// @clientele/sgate on Node (the `node` export condition): the same API as `index.ts`, with RSA on
// node:crypto. Node 20 refuses PKCS#1 v1.5 private decryption (CVE-2023-46809); see rsa/node-rsa-engine.node.ts for
// how and why decryption still works here without `--security-revert`.
import { nodeRsaEngine } from './rsa/node-rsa-engine.node.js';
import { createSgateWithEngine } from './sgate-client.js';

export * from './public-api.js';

/**
 * Creates an SGATE client. Every request is signed (MD5withRSA with `merchantPrivateKey`), every response
 * verified (with `systemPublicKey`) before anything in it is used, and sensitive fields are encrypted and
 * decrypted for you.
 *
 * ```ts
 * const sgate = createSgate({ apiKey, merchantPrivateKey, systemPublicKey, environment: 'sandbox' });
 * const customer = await sgate.customers.create({ name_e: 'Sara', name_a: 'سارة', mercustomid: 'u-1', identity: '1012345678', stcaccount: '0512345678' });
 * ```
 *
 * @throws ClienteleError kind `'configuration'` for missing options or keys of the wrong kind, or in a browser page
 *   without `dangerouslyAllowBrowser: true` (use `@clientele/sgate/encrypt` there).
 */
export const createSgate = /* @__PURE__ */ createSgateWithEngine(nodeRsaEngine);
