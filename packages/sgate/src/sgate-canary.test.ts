import { useMockServer } from '#mock-server';
import { describe, expect, it } from 'vitest';
import { CANARIES, canaryHits, driveEveryErrorPath } from './canary-scenarios.js';

const server = useMockServer();

/** Everything a person could read off an error. */
function errorSurfaces(error: unknown): string {
  const value = error as Error & Record<string, unknown>;
  const own = Object.getOwnPropertyNames(value).map((name) => {
    const field = value[name];
    return typeof field === 'string' ? field : JSON.stringify(field);
  });
  return [value.message, value.stack, String(value), JSON.stringify(value), JSON.stringify(value.cause), ...own].join('\n');
}

describe('secrets canary', () => {
  it('no key, token, card number, national id, STCPay number or OTP in any error, log line or client output', async () => {
    const { stored, errors, logLines, client } = await driveEveryErrorPath((...handlers) => server.use(...handlers), () => server.calls());
    expect(stored).toMatchObject({ identity: CANARIES.identity, cardno: CANARIES.cardno, stcaccount: CANARIES.stcaccount });
    expect(canaryHits(`x${CANARIES.cardno}x`)).not.toEqual([]);
    expect(errors.length).toBeGreaterThanOrEqual(30);
    for (const error of errors) {
      expect((error as Error).message).not.toMatch(/^unexpected/);
      expect(canaryHits(errorSurfaces(error)), errorSurfaces(error).slice(0, 300)).toEqual([]);
    }
    expect(errors.map((error) => (error as { kind?: string }).kind)).toEqual(expect.arrayContaining([
      'validation', 'conflict', 'rate_limited', 'authentication', 'network', 'timeout', 'signature', 'invalid_response', 'server', 'configuration',
    ]));
    expect(logLines.length).toBeGreaterThan(20);
    expect(logLines.some((line) => line.startsWith('debug request'))).toBe(true);
    for (const line of logLines) expect(canaryHits(line), line.slice(0, 300)).toEqual([]);
    expect(canaryHits(JSON.stringify(client) + String(client))).toEqual([]);
  }, 30_000);
});
