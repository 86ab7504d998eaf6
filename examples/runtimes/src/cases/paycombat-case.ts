import { createHmac } from 'node:crypto';
import { createPaycombatSandbox } from '@clientele/paycombat/testing';
import { expect } from 'vitest';
import { createFakeUpstream } from '../fake-upstream.js';
import { smokePaths, type SmokeCase } from '../smoke-case.js';

/**
 * @clientele/paycombat: `X-token` plus an HMAC-SHA256 `signature` over the exact body (WebCrypto).
 * Fake upstream: the package's own sandbox (`@clientele/paycombat/testing` via msw's `getResponse`), plus an
 * independent node:crypto check of the signature.
 */
export const paycombatCase: SmokeCase = {
  name: 'paycombat',
  packageName: '@clientele/paycombat',
  ...smokePaths('paycombat', 'paycombat'),
  async createUpstream() {
    const sandbox = createPaycombatSandbox();
    const upstream = createFakeUpstream({
      baseUrl: sandbox.baseUrl,
      credentials: { token: sandbox.token, signatureKey: sandbox.signatureKey },
      handlers: sandbox.handlers,
      verify(request) {
        const expected = createHmac('sha256', sandbox.signatureKey).update(request.body, 'utf8').digest('hex');
        return request.headers.signature === expected ? undefined : 'signature is not the HMAC-SHA256 (node:crypto) of the body';
      },
    });
    return Object.assign(upstream, { sandbox });
  },
  check(result, upstream) {
    const { sandbox } = upstream as typeof upstream & { sandbox: ReturnType<typeof createPaycombatSandbox> };
    expect(result.summary.type).toBe('individual');
    expect(sandbox.customer(String(result.summary.customerId))).toMatchObject({ description: 'Ada Lovelace' });
    expect(upstream.received.map((request) => request.method)).toEqual(['POST']);
  },
};
