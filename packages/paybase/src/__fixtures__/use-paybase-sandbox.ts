import { useMockServer } from '#mock-server';
import type { Logger } from '@clientele/core';
import { beforeEach } from 'vitest';
import { createPaybase } from '../paybase-client.js';
import type { PaybaseOptions } from '../paybase-options.js';
import { createPaybaseSandbox, type PaybaseSandboxOptions } from '../testing/paybase-sandbox.js';

/** Instant retries: tests never wait for backoff. */
export const fast = { backoff: { initialDelay: 1, maxDelay: 2 } } as const;

/**
 * Test-file set-up: one MSW server for the file, a fresh sandbox state before each test, and a client factory.
 * Clients pass `dangerouslyAllowBrowser` because the Chromium project runs these files in a real page.
 */
export function usePaybaseSandbox(options: PaybaseSandboxOptions = {}) {
  const server = useMockServer();
  const sandbox = createPaybaseSandbox(options);
  beforeEach(() => {
    sandbox.reset();
    server.use(...sandbox.handlers);
  });
  const client = (overrides: Partial<PaybaseOptions> = {}) =>
    createPaybase({ apiKey: sandbox.apiKey, environment: options.environment ?? 'sandbox', baseUrl: options.baseUrl, paths: options.paths, dangerouslyAllowBrowser: true, logLevel: 'off', ...fast, ...overrides });
  return { server, sandbox, client };
}

/** A logger that keeps every line, for redaction tests. */
export function captureLogger() {
  const lines: { level: string; message: string; fields?: Record<string, unknown> }[] = [];
  const logger: Logger = {
    error: (message, fields) => lines.push({ level: 'error', message, fields }),
    warn: (message, fields) => lines.push({ level: 'warn', message, fields }),
    info: (message, fields) => lines.push({ level: 'info', message, fields }),
    debug: (message, fields) => lines.push({ level: 'debug', message, fields }),
  };
  return { lines, logger };
}

/** Whatever a promise rejected with (fails the test if it resolved). */
export async function rejection(promise: PromiseLike<unknown>): Promise<Record<string, unknown> & Error> {
  try {
    await promise;
  } catch (error) {
    return error as Record<string, unknown> & Error;
  }
  throw new Error('Expected the call to fail, but it succeeded.');
}
