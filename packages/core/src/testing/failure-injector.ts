/**
 * Faults a provider mock can inject. Each provider's mock renders them the way that provider fails
 * (SGATE's rate limit is HTTP 200 with code 1212; others use HTTP 429).
 */
export type Fault =
  /** The provider refuses for rate limiting; `retryAfterSeconds` / `retryAfterMs` set the headers. */
  | { kind: 'rate_limit'; retryAfterSeconds?: number; retryAfterMs?: number }
  /** The provider fails with a 5xx (or its equivalent) without processing the request. */
  | { kind: 'server_error'; status?: number }
  /** The connection drops before the provider processed anything. */
  | { kind: 'network_error' }
  /** The provider processed the request, then the connection dropped before the response arrived. */
  | { kind: 'reset_after_processing' }
  /** The provider stalls for `delayMs` (default 60 000 ms) before answering; the client's timeout fires first. */
  | { kind: 'timeout'; delayMs?: number }
  /** A 200 whose body is not JSON. */
  | { kind: 'malformed_json' }
  /** The real response with its body cut in half. */
  | { kind: 'truncated_json' }
  /** The real response with a signature that does not verify (signing providers only). */
  | { kind: 'bad_signature' }
  /** The real response with its signature header removed (signing providers only). */
  | { kind: 'missing_signature' }
  /** The provider's clock is `seconds` off (SGATE timestamps). */
  | { kind: 'clock_skew'; seconds: number }
  /** Anything else: answer with this response instead. */
  | {
      kind: 'custom';
      /** Builds the response the mock sends instead of its own. */
      respond: (request: Request) => Response | Promise<Response>;
    };

/** Which requests a fault applies to. */
export interface FaultMatch {
  /** HTTP method, any case. @default every method */
  method?: string;
  /** A substring of, or a pattern for, the URL path. @default every path */
  path?: string | RegExp;
}

interface FaultRule {
  fault: Fault;
  remaining: number;
  match: FaultMatch;
}

/**
 * A queue of faults for a mock: `inject` a fault for the next N matching requests, and the mock's
 * handlers consume them with `take`. Rules apply in the order they were injected.
 *
 * ```ts
 * sandbox.faults.inject({ kind: 'rate_limit', retryAfterMs: 10 }, { times: 2 });
 * ```
 */
export class FailureInjector {
  #rules: FaultRule[] = [];

  /** Applies `fault` to the next `times` matching requests (default 1; `Infinity` for all). */
  inject(fault: Fault, options: FaultMatch & { times?: number } = {}): this {
    const { times = 1, ...match } = options;
    if (!(times > 0)) throw new RangeError('`times` must be at least 1.');
    this.#rules.push({ fault, remaining: times, match });
    return this;
  }

  /** The fault for this request, consuming one use of its rule; `undefined` when none applies. */
  take(request: Request): Fault | undefined {
    const path = new URL(request.url).pathname;
    const rule = this.#rules.find((candidate) => matches(candidate.match, request.method, path));
    if (!rule) return undefined;
    rule.remaining -= 1;
    if (rule.remaining <= 0) this.#rules = this.#rules.filter((candidate) => candidate !== rule);
    return rule.fault;
  }

  /** Removes every pending fault. */
  clear(): void {
    this.#rules = [];
  }

  /** How many fault rules are still pending. */
  get pending(): number {
    return this.#rules.length;
  }
}

function matches(match: FaultMatch, method: string, path: string): boolean {
  if (match.method && match.method.toUpperCase() !== method.toUpperCase()) return false;
  if (match.path === undefined) return true;
  return typeof match.path === 'string' ? path.includes(match.path) : match.path.test(path);
}
