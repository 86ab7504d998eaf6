import { inspect } from 'node:util';
import { useMockServer } from '#mock-server';
import { describe, expect, it } from 'vitest';
import { canaryHits, driveEveryErrorPath } from './canary-scenarios.js';

const server = useMockServer();

describe('secrets canary under util.inspect', () => {
  it('no canary in util.inspect of any error (hidden properties included) or of the client', async () => {
    const { errors, client } = await driveEveryErrorPath((...handlers) => server.use(...handlers), () => server.calls());
    for (const error of errors) {
      const text = inspect(error, { depth: Infinity, showHidden: true });
      expect(canaryHits(text), text.slice(0, 300)).toEqual([]);
    }
    expect(canaryHits(inspect(client, { depth: Infinity, showHidden: true }))).toEqual([]);
    expect(inspect(client)).toBe('SgateClient {"provider":"sgate","baseUrl":"http://vbank.test.sgate.sa/openApi/v1","environment":"sandbox"}');
  }, 30_000);
});
