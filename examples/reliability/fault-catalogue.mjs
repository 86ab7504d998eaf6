// The faults the soak injects, each built as a core `Fault` and rendered by the provider's own mock
// (SGATE's rate limit is HTTP 200 with code 1212, the others' are HTTP 429, and so on), with the
// description docs/reliability.md prints for it.

/**
 * @typedef {object} FaultSettings The soak's settings a fault depends on.
 * @property {number} stallMs How long an injected timeout stalls its response.
 * @property {number} [timeout] The client's timeout (given to `description`, not to `build`).
 *
 * @typedef {object} CatalogueFault
 * @property {string} name Name used in reports (one per row of docs/reliability.md).
 * @property {number} weight Relative frequency among injected faults.
 * @property {number} [storm] Up to this many consecutive requests get the fault (a burst).
 * @property {boolean} [signature] Only for providers that sign their responses.
 * @property {string | ((settings: FaultSettings) => string)} description What `build` produces, as core's
 * default rendering puts it (the report adds the burst length from `storm`).
 * @property {(random: () => number, settings: FaultSettings) => import('@clientele/core/testing').Fault} build
 */

/** `Retry-After` of an injected rate limit in whole seconds (one of these), or else `retry-after-ms`. */
const RETRY_AFTER_SECONDS = [1, 2];
const RETRY_AFTER_MS = 2;
/** The statuses of an injected server error, one of these at random. */
const SERVER_ERROR_STATUSES = [500, 502, 503];

/** One of `values`, drawn with `random`. */
function pick(random, values) {
  return values[Math.floor(random() * values.length)];
}

/** @type {readonly CatalogueFault[]} */
export const FAULT_CATALOGUE = Object.freeze([
  // Retry-After in seconds asks for 1-2 s; the soak client caps it at maxRetryDelay (10 ms).
  {
    name: 'rate_limit',
    weight: 3,
    storm: 3,
    description: `HTTP 429 with \`Retry-After: ${RETRY_AFTER_SECONDS[0]}–${RETRY_AFTER_SECONDS.at(-1)}\` (seconds) or \`retry-after-ms: ${RETRY_AFTER_MS}\``,
    build: (random) => (random() < 0.5 ? { kind: 'rate_limit', retryAfterSeconds: pick(random, RETRY_AFTER_SECONDS) } : { kind: 'rate_limit', retryAfterMs: RETRY_AFTER_MS }),
  },
  {
    name: 'server_error',
    weight: 3,
    storm: 2,
    description: `HTTP ${SERVER_ERROR_STATUSES.slice(0, -1).join(', ')} or ${SERVER_ERROR_STATUSES.at(-1)}`,
    build: (random) => ({ kind: 'server_error', status: pick(random, SERVER_ERROR_STATUSES) }),
  },
  { name: 'network_error', weight: 2, description: 'connection dropped before the provider processed anything', build: () => ({ kind: 'network_error' }) },
  { name: 'reset_after_processing', weight: 3, description: 'the provider processed the request, then the connection dropped', build: () => ({ kind: 'reset_after_processing' }) },
  // The stall is 1.5 × the client's timeout, so the client gives up first.
  {
    name: 'timeout',
    weight: 1,
    description: (settings) => `the provider stalls ${settings.stallMs} ms; the client times out after ${settings.timeout} ms`,
    build: (_random, settings) => ({ kind: 'timeout', delayMs: settings.stallMs }),
  },
  { name: 'malformed_json', weight: 2, description: 'HTTP 200 with an HTML body', build: () => ({ kind: 'malformed_json' }) },
  { name: 'truncated_json', weight: 2, description: 'the real response with its body cut in half', build: () => ({ kind: 'truncated_json' }) },
  { name: 'bad_signature', weight: 2, signature: true, description: 'the real response with a signature that does not verify', build: () => ({ kind: 'bad_signature' }) },
  { name: 'missing_signature', weight: 1, signature: true, description: 'the real response without its signature', build: () => ({ kind: 'missing_signature' }) },
]);
