// The faults the soak injects, each built as a core `Fault` and rendered by the provider's own mock
// (SGATE's rate limit is HTTP 200 with code 1212, the others' are HTTP 429, and so on).

/**
 * @typedef {object} CatalogueFault
 * @property {string} name Name used in reports (one per row of docs/reliability.md).
 * @property {number} weight Relative frequency among injected faults.
 * @property {number} [storm] Up to this many consecutive requests get the fault (a burst).
 * @property {boolean} [signature] Only for providers that sign their responses.
 * @property {(random: () => number, settings: { stallMs: number }) => import('@clientele/core/testing').Fault} build
 */

/** @type {readonly CatalogueFault[]} */
export const FAULT_CATALOGUE = Object.freeze([
  // Retry-After in seconds asks for 1-2 s; the soak client caps it at maxRetryDelay (10 ms).
  { name: 'rate_limit', weight: 3, storm: 3, build: (random) => (random() < 0.5 ? { kind: 'rate_limit', retryAfterSeconds: 1 + Math.floor(random() * 2) } : { kind: 'rate_limit', retryAfterMs: 2 }) },
  { name: 'server_error', weight: 3, storm: 2, build: (random) => ({ kind: 'server_error', status: [500, 502, 503][Math.floor(random() * 3)] }) },
  { name: 'network_error', weight: 2, build: () => ({ kind: 'network_error' }) },
  { name: 'reset_after_processing', weight: 3, build: () => ({ kind: 'reset_after_processing' }) },
  // The stall is 1.5 × the client's timeout, so the client gives up first.
  { name: 'timeout', weight: 1, build: (_random, settings) => ({ kind: 'timeout', delayMs: settings.stallMs }) },
  { name: 'malformed_json', weight: 2, build: () => ({ kind: 'malformed_json' }) },
  { name: 'truncated_json', weight: 2, build: () => ({ kind: 'truncated_json' }) },
  { name: 'bad_signature', weight: 2, signature: true, build: () => ({ kind: 'bad_signature' }) },
  { name: 'missing_signature', weight: 1, signature: true, build: () => ({ kind: 'missing_signature' }) },
]);
