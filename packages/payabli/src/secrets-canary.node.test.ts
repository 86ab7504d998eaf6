/// <reference types="node" />
import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { CANARIES, driveErrorPaths } from './__fixtures__/secrets-canary.js';
import { usePayabliMock } from './test-support.js';

const payabli = usePayabliMock();

describe('secrets canary (util.inspect)', () => {
  it('util.inspect of every error and of the clients shows no canary, even with hidden properties', async () => {
    const run = await driveErrorPaths(payabli);
    const canaries = [...Object.values(CANARIES), ...run.bearerTokens];
    const texts = [...run.errors, ...run.clients].flatMap((value) => [inspect(value), inspect(value, { showHidden: true, depth: 10 })]);
    for (const text of texts) for (const canary of canaries) expect(text.includes(canary), `${canary.slice(0, 6)}… in ${text.slice(0, 200)}`).toBe(false);
    expect(inspect(run.clients[0])).toContain("provider: 'payabli'");
  });
});
