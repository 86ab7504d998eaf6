/// <reference types="node" />
import { createHmac } from 'node:crypto';
import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { useMockServer } from '#mock-server';
import { serializeBody, signBody } from './paycombat-signer.js';
import { clientFor } from './testing/test-client.js';
import { companyCustomer, createPaycombatSandbox, walletReadyIndividual } from './testing.js';

const nodeHmac = (key: string, body: string) => createHmac('sha256', key).update(body, 'utf8').digest('hex');

describe('signBody against node:crypto', () => {
  it('agrees with createHmac on arbitrary Unicode bodies, slashes, emoji and long strings', async () => {
    const text = fc.string({ unit: 'grapheme', maxLength: 300 });
    await fc.assert(
      fc.asyncProperty(fc.dictionary(text, fc.oneof(text, fc.integer(), fc.constantFrom('/a/b', '🎉', 'KDB산업은행', 'x'.repeat(5000)))), fc.string({ minLength: 1 }), async (body, key) => {
        const serialized = serializeBody(body);
        expect(await signBody(key, serialized)).toBe(nodeHmac(key, serialized));
      }),
      { numRuns: 200 },
    );
  });
});

describe('signatures on the wire, verified by node:crypto', () => {
  const sandbox = createPaycombatSandbox();
  const server = useMockServer(...sandbox.handlers);
  beforeEach(() => sandbox.reset());

  it('every POST and PATCH carries createHmac(signatureKey, exact body bytes); GET carries none', async () => {
    const paycombat = clientFor(sandbox);
    const a = await paycombat.customers.create(walletReadyIndividual);
    await paycombat.customers.create(companyCustomer);
    await paycombat.customers.update(a.customer_id, { description: 'Kopi ☕ / 커피', individual: { address_line2: '' } });
    await paycombat.customers.enable(a.customer_id);
    await paycombat.customers.disable(a.customer_id);
    await paycombat.customers.retrieve(a.customer_id);
    const calls = await server.calls();
    expect(calls.map((call) => call.method)).toEqual(['POST', 'POST', 'PATCH', 'PATCH', 'PATCH', 'GET']);
    for (const call of calls.filter((call) => call.method !== 'GET')) {
      expect(call.headers.signature).toBe(nodeHmac(sandbox.signatureKey, call.body));
    }
    expect(calls[2]!.body).toBe(`{"customer_id":"${a.customer_id}","description":"Kopi ☕ / 커피","individual":{"address_line2":""}}`);
    expect(calls[3]!.body).toBe('{}');
    expect(calls[5]!.headers.signature).toBeUndefined();
  });
});
