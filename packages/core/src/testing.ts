/**
 * `@clientele/core/testing`: shared plumbing for the provider mocks (`@clientele/<provider>/testing`).
 * Nothing here is imported by a runtime entry.
 *
 * @module
 */
export { applyFault } from './testing/apply-fault.js';
export type { FaultRenderer } from './testing/apply-fault.js';
export { FailureInjector } from './testing/failure-injector.js';
export type { Fault, FaultMatch } from './testing/failure-injector.js';
export { MockStore } from './testing/mock-store.js';
