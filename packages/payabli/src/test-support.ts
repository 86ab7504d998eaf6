// Shared set-up of this package's tests (not part of any entry).
import { useMockServer, type MockServer } from '#mock-server';
import type { Logger } from '@clientele/core';
import { beforeEach } from 'vitest';
import { createPayabli } from './payabli-client.js';
import type { PayabliOptions } from './payabli-options.js';
import { createPayabliMock, type PayabliMock, type PayabliMockOptions } from './testing/payabli-mock.js';
import { PAYABLI_MOCK_CREDENTIALS } from './testing/payabli-sandbox.js';

/** The first default mock paypoint. */
export const ENTRY = '8cfec329267';
/** The second default mock paypoint (same organization). */
export const OTHER_ENTRY = '41035afaa7';
export const ORG_ID = 123;
export const BASE = 'https://api-sandbox.payabli.com/api';

/** Instant retries, and the browser guard lifted so the same tests run in Chromium. */
export const testOptions = { backoff: { initialDelay: 1, maxDelay: 2 }, dangerouslyAllowBrowser: true, logLevel: 'off' } as const;

export interface PayabliTestContext {
  mock: PayabliMock;
  server: MockServer;
  /** A client on the mock with the API token, overridable. */
  client(overrides?: Partial<PayabliOptions>): ReturnType<typeof createPayabli>;
  /** A client on the mock with OAuth client credentials. */
  oauthClient(overrides?: Partial<PayabliOptions>): ReturnType<typeof createPayabli>;
}

/** One mock and one MSW server per test file; the sandbox is reset before every test. */
export function usePayabliMock(options: PayabliMockOptions = {}): PayabliTestContext {
  const mock = createPayabliMock(options);
  const server = useMockServer(...mock.handlers);
  beforeEach(() => mock.sandbox.reset());
  return {
    mock,
    server,
    client: (overrides = {}) => createPayabli({ apiKey: PAYABLI_MOCK_CREDENTIALS.apiKey, environment: 'sandbox', baseUrl: mock.baseUrl, ...testOptions, ...overrides }),
    oauthClient: (overrides = {}) =>
      createPayabli({
        oauth: { clientId: PAYABLI_MOCK_CREDENTIALS.clientId, clientSecret: PAYABLI_MOCK_CREDENTIALS.clientSecret },
        environment: 'sandbox',
        baseUrl: mock.baseUrl,
        ...testOptions,
        ...overrides,
      }),
  };
}

/** A logger that keeps every line, for redaction checks. */
export function captureLogger(): { lines: { level: string; message: string; fields?: Record<string, unknown> }[]; logger: Logger } {
  const lines: { level: string; message: string; fields?: Record<string, unknown> }[] = [];
  const push = (level: string) => (message: string, fields?: Record<string, unknown>) => lines.push({ level, message, fields });
  return { lines, logger: { error: push('error'), warn: push('warn'), info: push('info'), debug: push('debug') } };
}

/** The rejection of a promise (fails the test when it resolves). */
export async function rejectionOf(promise: PromiseLike<unknown>): Promise<Record<string, unknown> & Error> {
  try {
    await promise;
  } catch (error) {
    return error as Record<string, unknown> & Error;
  }
  throw new Error('expected the promise to reject, but it resolved');
}

/** A valid add-customer body. */
export const ADA = { customerNumber: 'C-1001', firstname: 'Ada', lastname: 'Lovelace', email: 'ada@example.com', country: 'US', zip: '37615' } as const;
