// @clientele/core under the `node` export condition: the same public API as index.ts, with Node-only
// fast paths in place of their web versions. Nothing else may differ.
export * from './index.js';
export { hmacSha256, hmacSha256Hex } from './crypto/hmac-sha256.node.js';
