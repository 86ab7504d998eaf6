import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { CANARIES, driveErrorPaths, findCanaries } from './__fixtures__/secrets-canary.js';
import { usePaybaseSandbox } from './__fixtures__/use-paybase-sandbox.js';

const { server, sandbox } = usePaybaseSandbox({ apiKey: CANARIES.apiKey });

describe('secrets canary (util.inspect)', () => {
  it('no canary appears when errors or the client are inspected, even deeply with hidden properties', async () => {
    const { errors, client } = await driveErrorPaths(server, sandbox);
    for (const error of errors) {
      const text = inspect(error, { depth: 10, showHidden: true }) + inspect(error);
      expect(findCanaries(text), (error as Error).message).toEqual([]);
    }
    expect(findCanaries(inspect(client, { depth: 10 }))).toEqual([]);
    expect(inspect(client)).toContain("provider: 'paybase'");
  });
});
