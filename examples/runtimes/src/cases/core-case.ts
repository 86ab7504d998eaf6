import { createHmac, timingSafeEqual } from 'node:crypto';
import { expect } from 'vitest';
import { createFakeUpstream } from '../fake-upstream.js';
import { smokePaths, type SmokeCase } from '../smoke-case.js';

const signingKey = 'smoke-test-signing-key';

/**
 * @clientele/core on its own: ky + zod/mini + WebCrypto HMAC through the shared request path.
 * Fake upstream: hand-written; it checks the HMAC with node:crypto and echoes the JSON body.
 */
export const coreCase: SmokeCase = {
  name: 'core',
  packageName: '@clientele/core',
  ...smokePaths('core', 'core'),
  async createUpstream() {
    return createFakeUpstream({
      baseUrl: 'https://core-smoke.example/v1',
      credentials: { signingKey },
      verify(request) {
        const expected = createHmac('sha256', signingKey).update(request.body).digest();
        const given = Buffer.from(request.headers['x-signature'] ?? '', 'hex');
        return given.length === expected.length && timingSafeEqual(given, expected) ? undefined : 'x-signature is not the HMAC-SHA256 of the body';
      },
      respond: (request) => Response.json({ received: JSON.parse(request.body) as unknown, path: new URL(request.url).pathname }),
    });
  },
  check(result, upstream) {
    expect(result.summary.echoed).toEqual({ received: { greeting: 'مرحبا' }, path: '/v1/echo' });
    expect(upstream.received).toHaveLength(1);
  },
};

