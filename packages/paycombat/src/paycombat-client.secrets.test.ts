import { useMockServer } from '#mock-server';
import { describe, expect, it } from 'vitest';
import { canarySandbox, driveErrorPaths, leaks } from './testing/secrets-canary.js';

const server = useMockServer(...canarySandbox.handlers);

describe('secrets canary', () => {
  it('no error, log line or client view contains a key, token, card number, national id or contact detail', async () => {
    const { errors, lines, client } = await driveErrorPaths(server);
    expect(errors).toHaveLength(17);
    const kinds = new Set(errors.map((error) => (error as { kind: string }).kind));
    expect([...kinds].sort()).toEqual(['authentication', 'configuration', 'invalid_response', 'network', 'rate_limited', 'server', 'signature', 'timeout', 'transition', 'validation']);
    for (const error of errors as (Error & Record<string, unknown>)[]) {
      const views = [error.message, error.stack ?? '', JSON.stringify(error), JSON.stringify(Object.entries(error)), String(error), JSON.stringify(error.cause ?? null)];
      expect(leaks(views.join('\n'))).toEqual([]);
    }
    expect(lines.some((line) => line.level === 'debug' && line.message === 'request')).toBe(true);
    expect(leaks(JSON.stringify(lines))).toEqual([]);
    expect(leaks(JSON.stringify(client))).toEqual([]);
    expect(JSON.stringify(client)).toBe('{"provider":"paycombat","baseUrl":"https://api.paycombat.com","environment":"sandbox"}');
  });
});
