import { createPaybaseSandbox } from '@clientele/paybase/testing';
import { expect } from 'vitest';
import { createFakeUpstream } from '../fake-upstream.js';
import { smokePaths, type SmokeCase } from '../smoke-case.js';

/**
 * @clientele/paybase: an `X-Token` create of an individual customer. Fake upstream: the package's own
 * sandbox (`@clientele/paybase/testing` via msw's `getResponse`).
 */
export const paybaseCase: SmokeCase = {
  name: 'paybase',
  packageName: '@clientele/paybase',
  ...smokePaths('paybase', 'paybase'),
  async createUpstream() {
    const sandbox = createPaybaseSandbox();
    const upstream = createFakeUpstream({
      baseUrl: sandbox.baseUrl,
      credentials: { apiKey: sandbox.apiKey },
      handlers: sandbox.handlers,
      verify: (request) => (request.headers['x-token'] === sandbox.apiKey ? undefined : 'X-Token header missing or wrong'),
    });
    return Object.assign(upstream, { sandbox });
  },
  check(result, upstream) {
    const { sandbox } = upstream as typeof upstream & { sandbox: ReturnType<typeof createPaybaseSandbox> };
    expect(result.summary.stateId).toBe('PENDING');
    expect(sandbox.customer(String(result.summary.id))).toBeDefined();
    expect(upstream.received.map((request) => request.method)).toEqual(['POST']);
  },
};
