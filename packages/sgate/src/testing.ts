/**
 * `@clientele/sgate/testing`: a stateful SGATE sandbox as MSW handlers, with test keys and fixtures.
 * Needs `msw` (an optional peer dependency). Never imported by the runtime entries.
 */
export { createSgateSandbox } from './testing/create-sgate-sandbox.js';
export type { SgateSandbox, SgateSandboxOptions } from './testing/create-sgate-sandbox.js';
export type { RsaEngine } from './rsa/rsa-engine.js';
export type { SgateCallbackDelivery } from './testing/sandbox-callbacks.js';
export type { SandboxCustomer } from './testing/sandbox-store.js';
export { SGATE_TEST_KEYS } from './testing/sandbox-keys.js';
export { OTP_TEST_CODE, OTP_TEST_NUMBERS, SAUDI_BANKS, testAccountResult } from './testing/sandbox-accounts.js';
export type { TestAccountResult } from './testing/sandbox-accounts.js';
export { sgateFixtures } from './testing/fixtures.js';
