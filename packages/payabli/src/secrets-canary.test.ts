import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { CANARIES, driveErrorPaths, errorTexts } from './__fixtures__/secrets-canary.js';
import { BASE, ENTRY, captureLogger, rejectionOf, usePayabliMock } from './test-support.js';

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

  it('an error answering a request signed with a token replaced while it was in flight never shows that old token', async () => {
    const { lines, logger } = captureLogger();
    const oauth = payabli.oauthClient({ logger, logLevel: 'debug' });
    await oauth.customers.list(ENTRY).toArray();
    let reached!: () => void;
    let release!: () => void;
    const atProvider = new Promise<void>((resolve) => (reached = resolve));
    const released = new Promise<void>((resolve) => (release = resolve));
    payabli.server.use(
      http.get(`${BASE}/Customer/4440`, async ({ request }) => {
        reached();
        await released;
        const sent = request.headers.get('authorization') ?? '';
        return HttpResponse.json({ isSuccess: false, responseText: `bad token ${sent}`, responseData: { explanation: `you sent ${sent}`, todoAction: sent } }, { status: 400 });
      }, { once: true }),
    );
    const inFlight = rejectionOf(oauth.customers.retrieve(4440));
    await atProvider;
    // Meanwhile the token is refused (401), forgotten and replaced: the cached token is now the new one.
    payabli.mock.sandbox.expireTokens();
    await oauth.customers.list(ENTRY).toArray();
    release();
    const error = await inFlight;
    const tokens = [...new Set((await payabli.server.calls()).map((call) => call.headers.authorization?.replace('Bearer ', '')).filter((token): token is string => Boolean(token)))];
    expect(tokens).toHaveLength(2);
    expect(payabli.mock.sandbox.tokensIssued).toBe(2);
    expect(error).toMatchObject({ kind: 'validation', status: 400 });
    expect(error.message).toContain('bad token Bearer [REDACTED]');
    for (const text of [...errorTexts(error), JSON.stringify(lines)]) {
      for (const token of tokens) expect(text.includes(token), `token ${token.slice(0, 6)}… leaked into: ${text.slice(0, 200)}`).toBe(false);
    }
  });
});
