import { getResponse, type RequestHandler } from 'msw';

/** A request as the fake upstream received it. */
export interface ReceivedRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: string;
}

/**
 * A provider's API as seen by a smoke script running in another runtime: workerd reaches it through
 * miniflare's `outboundService`, Bun and Deno through a loopback HTTP server. It runs in the Node test
 * process, so it can check the wire with node:crypto, independently of the SDK.
 */
export interface FakeUpstream {
  /** The API root the client is pointed at (origin + the provider's path prefix). */
  baseUrl: string;
  /** Test-only credentials for the smoke script. */
  credentials: Record<string, string>;
  /** Answers one request. */
  handle(request: Request): Promise<Response>;
  /** Every request answered so far, bodies read. */
  received: ReceivedRequest[];
  /** What the independent checks found wrong (empty when every request passed them). */
  problems: string[];
}

/** How to build a {@link FakeUpstream}. */
export interface FakeUpstreamOptions {
  baseUrl: string;
  credentials: Record<string, string>;
  /**
   * The provider's own mock (`@clientele/<p>/testing` MSW handlers), resolved with msw's `getResponse`
   * (no interception: the request is handed to the handlers directly).
   */
  handlers?: RequestHandler[];
  /** A hand-written answer, for upstreams without handlers. */
  respond?(request: ReceivedRequest): Response | Promise<Response>;
  /** An independent check of one request (e.g. its signature with node:crypto); returns a problem or nothing. */
  verify?(request: ReceivedRequest): string | undefined | Promise<string | undefined>;
}

/** Builds a fake upstream from a provider's mock handlers or a hand-written answer, plus an independent check. */
export function createFakeUpstream(options: FakeUpstreamOptions): FakeUpstream {
  const received: ReceivedRequest[] = [];
  const problems: string[] = [];
  return {
    baseUrl: options.baseUrl,
    credentials: options.credentials,
    received,
    problems,
    async handle(request) {
      const body = request.method === 'GET' || request.method === 'HEAD' ? '' : await request.clone().text();
      const headers: Record<string, string> = {};
      request.headers.forEach((value, name) => {
        headers[name.toLowerCase()] = value;
      });
      const entry: ReceivedRequest = { method: request.method, url: request.url, headers, body };
      received.push(entry);
      const problem = await options.verify?.(entry);
      if (problem) problems.push(`${request.method} ${new URL(request.url).pathname}: ${problem}`);
      const response = options.handlers ? await getResponse(options.handlers, request) : await options.respond?.(entry);
      return response ?? new Response(`fake upstream: no answer for ${request.method} ${request.url}`, { status: 599 });
    },
  };
}
