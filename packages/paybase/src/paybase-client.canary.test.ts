import { describe, expect, it } from 'vitest';
import { allStrings, CANARIES, driveErrorPaths, findCanaries } from './__fixtures__/secrets-canary.js';
import { usePaybaseSandbox } from './__fixtures__/use-paybase-sandbox.js';

const { server, sandbox } = usePaybaseSandbox({ apiKey: CANARIES.apiKey });

describe('secrets canary', () => {
  it('no key, token, card number, national id or personal value reaches an error, a log line or the client output', async () => {
    const { errors, lines, client } = await driveErrorPaths(server, sandbox);
    expect(errors).toHaveLength(22);
    const kinds = new Set(errors.map((error) => (error as { kind?: string }).kind));
    expect([...kinds].sort()).toEqual(['authentication', 'configuration', 'conflict', 'invalid_response', 'network', 'not_found', 'permission', 'rate_limited', 'server', 'signature', 'timeout', 'transition', 'validation']);
    for (const error of errors) {
      const texts = [(error as Error).message, String((error as Error).stack), JSON.stringify(error), allStrings(error), String(error)];
      expect(findCanaries(texts.join('\n')), String((error as Error).message)).toEqual([]);
    }
    expect(lines.some((line) => line.message === 'request' && line.level === 'debug')).toBe(true);
    expect(findCanaries(JSON.stringify(lines))).toEqual([]);
    expect(findCanaries(JSON.stringify(client) + allStrings(client))).toEqual([]);
  });
});
