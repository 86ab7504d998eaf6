/**
 * `@clientele/paycombat/testing`: a stateful Paycombat sandbox on MSW for your tests and demos. Needs `msw`
 * (an optional peer dependency); nothing here is reachable from the main entry.
 */
export { createPaycombatSandbox } from './testing/sandbox.js';
export type { PaycombatSandbox, PaycombatSandboxOptions, SandboxOperation } from './testing/sandbox.js';
export type { EnvelopeShape, RefusalStyle } from './testing/mock-envelopes.js';
export { WALLET_FIELDS } from './testing/mock-customers.js';
export { payinPayload, payoutPayload, signWebhook } from './testing/mock-webhooks.js';
export type { SignedWebhook } from './testing/mock-webhooks.js';
export { companyCustomer, minimalIndividual, walletReadyIndividual } from './testing/fixtures.js';
export type { Fault, FaultMatch } from '@clientele/core/testing';
