import { createPayabliMock, DEFAULT_MOCK_PAYPOINTS, PAYABLI_MOCK_CREDENTIALS } from '@clientele/payabli/testing';
import { expect } from 'vitest';
import { createFakeUpstream } from '../fake-upstream.js';
import { smokePaths, type SmokeCase } from '../smoke-case.js';

/**
 * @clientele/payabli: a `requestToken` create with validated input. Fake upstream: the package's own mock
 * (`@clientele/payabli/testing` via msw's `getResponse`), plus a check that the token travelled only as
 * the `requestToken` header.
 */
export const payabliCase: SmokeCase = {
  name: 'payabli',
  packageName: '@clientele/payabli',
  ...smokePaths('payabli', 'payabli'),
  async createUpstream() {
    const mock = createPayabliMock();
    const upstream = createFakeUpstream({
      baseUrl: mock.baseUrl,
      credentials: { apiKey: PAYABLI_MOCK_CREDENTIALS.apiKey, entry: DEFAULT_MOCK_PAYPOINTS[0]!.entry },
      handlers: mock.handlers,
      verify(request) {
        if (request.headers.requesttoken !== PAYABLI_MOCK_CREDENTIALS.apiKey) return 'requestToken header missing or wrong';
        return request.url.includes(PAYABLI_MOCK_CREDENTIALS.apiKey) || request.body.includes(PAYABLI_MOCK_CREDENTIALS.apiKey) ? 'the token leaked into the URL or body' : undefined;
      },
    });
    return upstream;
  },
  check(result, upstream) {
    expect(result.summary).toMatchObject({ email: 'grace.hopper@example.com', customerNumber: 'smoke-payabli-1' });
    expect(typeof result.summary.customerId).toBe('number');
    expect(upstream.received.map((request) => request.method)).toEqual(['POST']);
  },
};
