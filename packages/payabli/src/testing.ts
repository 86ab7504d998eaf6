/**
 * `@clientele/payabli/testing`: a stateful, in-memory Payabli sandbox served through MSW, for your tests
 * and demos. Requires `msw` (an optional peer dependency); nothing here is reachable from the main entry.
 */
export { createPayabliMock, createPayabliSandbox } from './testing/payabli-mock.js';
export type { PayabliMock, PayabliMockOptions } from './testing/payabli-mock.js';
export { DEFAULT_MOCK_PAYPOINTS, PAYABLI_MOCK_CREDENTIALS, PayabliSandbox } from './testing/payabli-sandbox.js';
export type { PayabliSandboxOptions } from './testing/payabli-sandbox.js';
export type { MockPaypoint } from './testing/mock-records.js';
export type { Fault, FaultMatch } from '@clientele/core/testing';
