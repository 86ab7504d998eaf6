import { describe, expect, it } from 'vitest';
import { CANARIES, driveErrorPaths, errorTexts } from './testing/secrets-canary.js';
import { usePayabliMock } from './test-support.js';

const payabli = usePayabliMock();

describe('secrets canary', () => {
  it('no error, log line or serialized client ever holds a key, token, password, card number, national id or e-mail', async () => {
    const run = await driveErrorPaths(payabli);
    const canaries = [...Object.values(CANARIES), ...run.bearerTokens];
    expect(run.errors.length).toBeGreaterThanOrEqual(18);
    expect(run.bearerTokens.length).toBeGreaterThan(0);
    expect(run.logs).toContain('"message":"request"'); // debug logging was on
    const kinds = new Set(run.errors.map((error) => (error as { kind: string }).kind));
    for (const kind of ['validation', 'transition', 'authentication', 'permission', 'conflict', 'rate_limited', 'server', 'network', 'timeout', 'invalid_response', 'signature']) expect(kinds).toContain(kind);
    const haystacks = [...run.errors.flatMap(errorTexts), run.logs, ...run.clients.map((client) => JSON.stringify(client))];
    for (const canary of canaries) {
      for (const text of haystacks) expect(text.includes(canary), `canary ${canary.slice(0, 6)}… leaked into: ${text.slice(0, 200)}`).toBe(false);
    }
  });
});
