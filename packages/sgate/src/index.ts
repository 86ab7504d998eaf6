// @clientele/sgate for browsers, Cloudflare Workers, Vercel Edge and Deno: RSA in pure JavaScript.
// Node picks `index.node.ts` (the `node` export condition), which uses node:crypto; the API is the same.
import { pureRsaEngine } from './rsa/rsa-pkcs1.js';
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
export const createSgate = /* @__PURE__ */ createSgateWithEngine(pureRsaEngine);
