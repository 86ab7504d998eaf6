/**
 * `@clientele/paybase/testing`: a stateful mock of Paybase's sandbox for MSW (Node, edge runtimes and browsers),
 * with failure injection, Paybase-only state moves, a hosted card form and signed webhooks. Needs `msw` (an
 * optional peer dependency); never imported by the runtime entries.
 */
export { createPaybaseSandbox, MOCK_PAYBASE_API_KEY } from './testing/paybase-sandbox.js';
export type { MockCard, MockToken, MockWebhookDelivery, PaybaseSandbox, PaybaseSandboxOptions } from './testing/paybase-sandbox.js';
export type { MockBusinessPerson, MockCustomer, MockCustomerRecord } from './testing/mock-records.js';
export { MOCK_DECLINED_CARD } from './testing/mock-hosted-form.js';
export { paybaseFixtures } from './testing/fixtures.js';
export { createWebhookSigner } from './testing/webhook-signer.js';
export { MOCK_WEBHOOK_PRIVATE_KEY_PEM, MOCK_WEBHOOK_PUBLIC_KEY, MOCK_WEBHOOK_PUBLIC_KEY_PEM } from './testing/webhook-test-key.js';
export type { Fault, FaultMatch } from '@clientele/core/testing';
