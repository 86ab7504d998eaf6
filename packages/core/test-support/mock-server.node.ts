import type { RequestHandler } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { createRequestRecorder, type RecordedRequest } from './recorded-request.js';

export type { RecordedRequest };

/** The handle tests get from {@link useMockServer}: the same in Node, edge-runtime and Chromium. */
export interface MockServer {
  /** Adds handlers for the current test (removed after it). */
  use(...handlers: RequestHandler[]): void;
  /** Every request sent so far in the current test, bodies read. */
  calls(): Promise<RecordedRequest[]>;
}

/**
 * Starts an MSW server for the test file with `handlers`, records every request, and fails on any
 * request no handler answers. Node/edge flavour; `#mock-server` resolves to the browser flavour in Chromium.
 */
export function useMockServer(...handlers: RequestHandler[]): MockServer {
  const server = setupServer(...handlers);
  const recorder = createRequestRecorder();
  server.events.on('request:start', ({ request }) => recorder.record(request));
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => {
    server.resetHandlers();
    recorder.clear();
  });
  afterAll(() => server.close());
  return { use: (...extra) => server.use(...extra), calls: () => recorder.settled() };
}
