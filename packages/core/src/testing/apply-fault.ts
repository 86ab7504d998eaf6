import type { Fault } from './failure-injector.js';

/** How a provider mock renders the faults whose shape is provider-specific. */
export interface FaultRenderer {
  /** The provider's rate-limit answer. @default HTTP 429 with `Retry-After` / `retry-after-ms` */
  rateLimit?(fault: Extract<Fault, { kind: 'rate_limit' }>): Response;
  /** The provider's server failure. @default HTTP 500 (or the fault's status) with a JSON error */
  serverError?(fault: Extract<Fault, { kind: 'server_error' }>): Response;
  /** Re-signs or strips the signature of a real response (signing providers). @default unchanged */
  tamperSignature?(response: Response, fault: Extract<Fault, { kind: 'bad_signature' | 'missing_signature' }>): Response | Promise<Response>;
}

/**
 * Runs a mock handler under a fault: `handle` is the normal behaviour. A network error is thrown
 * before `handle` runs (nothing processed); `reset_after_processing` runs it and then drops the
 * connection, so a test can prove the client does not create a duplicate.
 */
export async function applyFault(fault: Fault | undefined, request: Request, handle: () => Promise<Response>, renderer: FaultRenderer = {}): Promise<Response> {
  if (!fault) return handle();
  switch (fault.kind) {
    case 'network_error':
      return Response.error();
    case 'reset_after_processing':
      await handle();
      return Response.error();
    case 'timeout':
      await stall(fault.delayMs ?? 60_000, request.signal);
      return handle();
    case 'malformed_json':
      return new Response('<html>502 Bad Gateway</html>', { status: 200, headers: { 'content-type': 'application/json' } });
    case 'truncated_json': {
      const response = await handle();
      const text = await response.text();
      return new Response(text.slice(0, Math.floor(text.length / 2)), { status: response.status, headers: response.headers });
    }
    case 'rate_limit':
      return renderer.rateLimit?.(fault) ?? defaultRateLimit(fault);
    case 'server_error':
      return renderer.serverError?.(fault) ?? Response.json({ error: 'internal_error', message: 'Injected server failure.' }, { status: fault.status ?? 500 });
    case 'bad_signature':
    case 'missing_signature': {
      const response = await handle();
      return renderer.tamperSignature ? renderer.tamperSignature(response, fault) : response;
    }
    case 'custom':
      return fault.respond(request);
    case 'clock_skew':
      return handle();
  }
}

function defaultRateLimit(fault: Extract<Fault, { kind: 'rate_limit' }>): Response {
  const headers: Record<string, string> = {};
  if (fault.retryAfterSeconds !== undefined) headers['retry-after'] = String(fault.retryAfterSeconds);
  if (fault.retryAfterMs !== undefined) headers['retry-after-ms'] = String(fault.retryAfterMs);
  return Response.json({ error: 'rate_limited', message: 'Too many requests.' }, { status: 429, headers });
}

/** Waits `milliseconds`, or until the client gives up on the request. */
function stall(milliseconds: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, milliseconds);
    function done() {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    }
    signal?.addEventListener('abort', done, { once: true });
  });
}
