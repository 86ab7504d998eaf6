// The same approach with another provider: the SGATE mock (`@clientele/sgate/testing`) verifies the SDK's
// signatures, signs its answers, and lets the test make the moves only SGATE makes (`sandbox.admin`).
import { createSgate } from '@clientele/sgate';
import { createSgateSandbox, sgateFixtures } from '@clientele/sgate/testing';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { payoutReadiness } from './src/payout-readiness.js';

const sandbox = createSgateSandbox({ callbackUrl: undefined, reviewDelayMs: 'manual' });
const server = setupServer(...sandbox.handlers);
const sgate = createSgate(sandbox.clientOptions({ backoff: { initialDelay: 1, maxDelay: 2 }, logLevel: 'off' }));

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => sandbox.reset());
afterAll(() => server.close());

/** A payee in review: created, ID photo uploaded (SGATE moves it to pending). */
async function payeeInReview(mercustomid: string): Promise<string> {
  const payee = await sgate.customers.create(sgateFixtures.plainCustomer(mercustomid));
  await sgate.customers.uploadPhoto({ mercustomid, type: 'identitypic', file: sgateFixtures.pngPhoto() });
  return payee.customid;
}

describe('payoutReadiness', { timeout: 15_000 }, () => {
  it('follows the payee through SGATE’s review', async () => {
    const customid = await payeeInReview('payee-1');
    expect(await payoutReadiness(sgate, 'payee-1')).toEqual({ ready: false, reason: 'in-review' });

    sandbox.admin.approve(customid); // a move only SGATE makes
    expect(await payoutReadiness(sgate, 'payee-1')).toEqual({ ready: true });

    sandbox.admin.ban(customid);
    expect(await payoutReadiness(sgate, 'payee-1')).toEqual({ ready: false, reason: 'refused' });
  });

  it('does not trust an answer whose signature does not verify', async () => {
    const customid = await payeeInReview('payee-2');
    sandbox.admin.approve(customid);
    // A tampered response (e.g. a man in the middle on SGATE's plain-http sandbox) claiming anything:
    sandbox.faults.inject({ kind: 'bad_signature' }, { times: 3, method: 'GET' });

    expect(await payoutReadiness(sgate, 'payee-2')).toEqual({ ready: false, reason: 'unverified' });
  });

  it('reports an unknown payee', async () => {
    expect(await payoutReadiness(sgate, 'nobody')).toEqual({ ready: false, reason: 'unknown-payee' });
  });
});
