import type { RequestHandler } from 'msw';
import { setupWorker } from 'msw/browser';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { createRequestRecorder, type RecordedRequest } from './recorded-request.js';
import type { MockServer } from './mock-server.node.js';

export type { MockServer, RecordedRequest };

/** Chromium flavour of `useMockServer`: a service worker answers instead of an interceptor. */
export function useMockServer(...handlers: RequestHandler[]): MockServer {
  const worker = setupWorker(...handlers);
  const recorder = createRequestRecorder();
  worker.events.on('request:start', ({ request }) => {
    if (new URL(request.url).origin !== location.origin) recorder.record(request);
  });
  beforeAll(async () => {
    await worker.start({
      quiet: true,
      serviceWorker: { url: '/mockServiceWorker.js' },
      onUnhandledRequest(request, print) {
        // The test runner loads its own modules from this origin; only foreign requests must be mocked.
        if (new URL(request.url).origin !== location.origin) print.error();
      },
    });
  });
  afterEach(() => {
    worker.resetHandlers();
    recorder.clear();
  });
  afterAll(() => worker.stop());
  return { use: (...extra) => worker.use(...extra), calls: () => recorder.settled() };
}
