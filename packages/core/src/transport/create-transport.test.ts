import { useMockServer } from '#mock-server';
import { http, HttpResponse, delay } from 'msw';
import { describe, expect, it } from 'vitest';
import { ClienteleError } from '../errors/clientele-error.js';
import type { Logger } from '../redaction/logger.js';
import { readJson } from './read-json.js';
import { httpFailure } from './http-failure.js';
import type { ProviderAdapter } from './request-hooks.js';
import { createTransport } from './create-transport.js';

const BASE = 'https://api.test-provider.example/v1';
const SECRET = 'sk_test_canary_0123456789';
const server = useMockServer();

/** A provider that signs each attempt with its number and a fresh nonce, and wraps data in `{ ok, data, code }`. */
function testAdapter(overrides: Partial<ProviderAdapter> = {}): ProviderAdapter {
  let nonce = 0;
  return {
    provider: 'testpay',
    userAgent: 'clientele-testpay/0.0.0',
    secrets: [SECRET],
    idempotencyHeader: 'idempotency-key',
    authenticate: (attempt) => ({ authorization: `Bearer ${SECRET}`, 'x-signature': `attempt=${attempt.attempt};nonce=${++nonce};body=${String(attempt.body ?? '')}` }),
    interpret(response) {
      const body = readJson(response, 'testpay') as { ok?: boolean; data?: unknown; code?: number; message?: string } | undefined;
      if (response.status >= 400) return httpFailure(response, { provider: 'testpay', providerMessage: body?.message });
      if (body?.ok === false) {
        const retry = body.code === 1212 ? 'unprocessed' : 'never';
        return {
          ok: false,
          retry,
          maxRetries: body.code === 1204 ? 1 : undefined,
          error: new ClienteleError({ kind: body.code === 1212 ? 'rate_limited' : 'validation', provider: 'testpay', code: body.code, message: `failed ${body.code}` }),
        };
      }
      return { ok: true, data: body?.data };
    },
    ...overrides,
  };
}

function captureLogger() {
  const lines: { level: string; message: string; fields?: Record<string, unknown> }[] = [];
  const logger: Logger = {
    error: (message, fields) => lines.push({ level: 'error', message, fields }),
    warn: (message, fields) => lines.push({ level: 'warn', message, fields }),
    info: (message, fields) => lines.push({ level: 'info', message, fields }),
    debug: (message, fields) => lines.push({ level: 'debug', message, fields }),
  };
  return { lines, logger };
}

/** Browsers send their own User-Agent and silently drop a script-set one. */
const canSetUserAgent = typeof (globalThis as { document?: unknown }).document === 'undefined';

const fast = { backoff: { initialDelay: 1, maxDelay: 2 } };

function sequence(...responses: (() => Response | Promise<Response>)[]) {
  let index = 0;
  return () => responses[Math.min(index++, responses.length - 1)]!();
}

describe('createTransport: signing and retries', () => {
  it('signs every attempt afresh and sends the same body bytes each time', async () => {
    server.use(
      http.post(`${BASE}/customers`, sequence(
        () => HttpResponse.json({ message: 'down' }, { status: 503 }),
        () => HttpResponse.json({ message: 'down' }, { status: 503 }),
        () => HttpResponse.json({ ok: true, data: { id: 'c1' } }),
      )),
    );
    const transport = createTransport(testAdapter(), { baseUrl: BASE, ...fast });
    const result = await transport.request({ operation: 'customers.create', method: 'POST', path: 'customers', body: { name: 'Ada' }, idempotencyKey: 'key-1' });
    expect(result.data).toEqual({ id: 'c1' });
    expect(result.response.attempts).toBe(3);
    const calls = await server.calls();
    expect(calls.map((call) => call.headers['x-signature'])).toEqual([
      'attempt=0;nonce=1;body={"name":"Ada"}',
      'attempt=1;nonce=2;body={"name":"Ada"}',
      'attempt=2;nonce=3;body={"name":"Ada"}',
    ]);
    expect(calls.every((call) => call.body === '{"name":"Ada"}')).toBe(true);
    expect(calls.every((call) => call.headers['idempotency-key'] === 'key-1')).toBe(true);
    if (canSetUserAgent) expect(calls[0]!.headers['user-agent']).toBe('clientele-testpay/0.0.0');
    expect(calls[0]!.headers['content-type']).toBe('application/json');
  });

  it('does not retry an unsafe POST without an idempotency key after a 5xx', async () => {
    server.use(http.post(`${BASE}/customers`, () => HttpResponse.json({ message: 'boom' }, { status: 500 })));
    const transport = createTransport(testAdapter(), { baseUrl: BASE, ...fast });
    const error = await transport.request({ operation: 'customers.create', method: 'POST', path: 'customers', body: {} }).catch((caught: unknown) => caught);
    expect(ClienteleError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ kind: 'server', status: 500, attempts: 1, retryable: true, providerMessage: 'boom' });
    expect(await server.calls()).toHaveLength(1);
  });

  it('does not retry an unsafe POST after a dropped connection, but retries a GET', async () => {
    server.use(http.all(`${BASE}/customers`, () => HttpResponse.error()));
    const transport = createTransport(testAdapter(), { baseUrl: BASE, ...fast });
    await expect(transport.request({ operation: 'customers.create', method: 'POST', path: 'customers', body: {} })).rejects.toMatchObject({ kind: 'network', attempts: 1 });
    expect(await server.calls()).toHaveLength(1);
    await expect(transport.request({ operation: 'customers.list', method: 'GET', path: 'customers' })).rejects.toMatchObject({ kind: 'network', attempts: 3 });
    expect(await server.calls()).toHaveLength(4);
  });

  it('retries a POST on 429 (the provider did not process it) and honours retry-after-ms, capped', async () => {
    server.use(
      http.post(`${BASE}/customers`, sequence(
        () => HttpResponse.json({ message: 'slow down' }, { status: 429, headers: { 'retry-after-ms': '15' } }),
        () => HttpResponse.json({ message: 'slow down' }, { status: 429, headers: { 'retry-after': '3600' } }),
        () => HttpResponse.json({ ok: true, data: 'done' }),
      )),
    );
    const { lines, logger } = captureLogger();
    const transport = createTransport(testAdapter(), { baseUrl: BASE, ...fast, logger, logLevel: 'info', maxRetryDelay: 25 });
    const result = await transport.request({ operation: 'customers.create', method: 'POST', path: 'customers', body: {} });
    expect(result.data).toBe('done');
    const retries = lines.filter((line) => line.message === 'retrying');
    expect(retries.map((line) => [line.fields?.delayMs, line.fields?.serverRequested])).toEqual([[15, true], [25, true]]);
  });

  it('gives up after maxRetries and reports the attempts', async () => {
    server.use(http.get(`${BASE}/customers`, () => HttpResponse.json({ message: 'slow' }, { status: 429, headers: { 'retry-after': '0' } })));
    const transport = createTransport(testAdapter(), { baseUrl: BASE, ...fast, maxRetries: 1 });
    await expect(transport.request({ operation: 'customers.list', method: 'GET', path: 'customers' })).rejects.toMatchObject({ kind: 'rate_limited', attempts: 2, status: 429 });
    expect(await server.calls()).toHaveLength(2);
  });

  it('retries provider-classified codes on HTTP 200, and a capped code only as often as allowed', async () => {
    server.use(
      http.post(`${BASE}/rate`, sequence(() => HttpResponse.json({ ok: false, code: 1212 }), () => HttpResponse.json({ ok: true, data: 1 }))),
      http.post(`${BASE}/expired`, () => HttpResponse.json({ ok: false, code: 1204 })),
    );
    const transport = createTransport(
      testAdapter({
        interpret(response) {
          const body = readJson(response, 'testpay') as { ok: boolean; code?: number; data?: unknown };
          if (body.ok) return { ok: true, data: body.data };
          const code = body.code!;
          return {
            ok: false,
            retry: 'unprocessed',
            maxRetries: code === 1204 ? 1 : undefined,
            error: new ClienteleError({ kind: code === 1212 ? 'rate_limited' : 'authentication', provider: 'testpay', code, message: `code ${code}` }),
          };
        },
      }),
      { baseUrl: BASE, ...fast, maxRetries: 5 },
    );
    await expect(transport.request({ operation: 'rate', method: 'POST', path: 'rate', body: {} })).resolves.toMatchObject({ data: 1 });
    await expect(transport.request({ operation: 'expired', method: 'POST', path: 'expired', body: {} })).rejects.toMatchObject({ code: 1204, attempts: 2 });
  });

  it('times out an attempt and retries a GET, never an unkeyed POST', async () => {
    server.use(http.all(`${BASE}/slow`, async () => {
      await delay(500);
      return HttpResponse.json({ ok: true, data: 'late' });
    }));
    const transport = createTransport(testAdapter(), { baseUrl: BASE, ...fast, timeout: 40 });
    await expect(transport.request({ operation: 'slow', method: 'GET', path: 'slow', options: { maxRetries: 1 } })).rejects.toMatchObject({ kind: 'timeout', attempts: 2 });
    await expect(transport.request({ operation: 'slow', method: 'POST', path: 'slow', body: {} })).rejects.toMatchObject({ kind: 'timeout', attempts: 1 });
  });

  it('stops at once when the caller aborts, and never retries an aborted call', async () => {
    server.use(http.get(`${BASE}/slow`, async () => {
      await delay(500);
      return HttpResponse.json({ ok: true });
    }));
    const transport = createTransport(testAdapter(), { baseUrl: BASE, ...fast });
    const controller = new AbortController();
    const pending = transport.request({ operation: 'slow', method: 'GET', path: 'slow', options: { signal: controller.signal } });
    setTimeout(() => controller.abort(), 20);
    await expect(pending).rejects.toMatchObject({ kind: 'aborted' });
    expect(await server.calls()).toHaveLength(1);
    await expect(transport.request({ operation: 'slow', method: 'GET', path: 'slow', options: { signal: AbortSignal.abort() } })).rejects.toMatchObject({ kind: 'aborted', attempts: 0 });
  });

  it('surfaces the request id and the raw response', async () => {
    server.use(http.get(`${BASE}/customers/c1`, () => HttpResponse.json({ ok: true, data: { id: 'c1' } }, { headers: { 'x-request-id': 'req_123' } })));
    const transport = createTransport(testAdapter(), { baseUrl: BASE });
    const { response } = await transport.request({ operation: 'customers.retrieve', method: 'GET', path: 'customers/c1', query: { expand: 'all', skip: undefined } });
    expect(response.requestId).toBe('req_123');
    expect(response.status).toBe(200);
    expect(response.url).toBe(`${BASE}/customers/c1?expand=all`);
    expect(JSON.parse(response.text())).toEqual({ ok: true, data: { id: 'c1' } });
  });

  it('turns malformed JSON into an invalid_response error that quotes nothing of the body', async () => {
    server.use(http.get(`${BASE}/broken`, () => new HttpResponse('{"nationalId": "1098765432", tr', { headers: { 'content-type': 'application/json', 'x-request-id': 'req_broken' } })));
    const transport = createTransport(testAdapter(), { baseUrl: BASE });
    const error = (await transport.request({ operation: 'broken', method: 'GET', path: 'broken', options: { maxRetries: 0 } }).catch((caught: unknown) => caught)) as ClienteleError;
    expect(error).toMatchObject({ kind: 'invalid_response', attempts: 1, requestId: 'req_broken', retryable: true });
    expect(JSON.stringify(error) + error.stack).not.toContain('1098765432');
  });
});

describe('createTransport: unreadable success bodies', () => {
  it('repeats a GET whose 200 body was cut off, but never an unkeyed POST', async () => {
    server.use(
      http.all(`${BASE}/cut`, sequence(
        () => new HttpResponse('{"ok": true, "da', { headers: { 'content-type': 'application/json' } }),
        () => HttpResponse.json({ ok: true, data: 'whole' }),
      )),
    );
    const transport = createTransport(testAdapter(), { baseUrl: BASE, ...fast });
    await expect(transport.request({ operation: 'cut', method: 'GET', path: 'cut' })).resolves.toMatchObject({ data: 'whole', response: { attempts: 2 } });
    server.use(http.post(`${BASE}/cut-post`, () => new HttpResponse('{"ok": true, "da', { headers: { 'content-type': 'application/json' } })));
    await expect(transport.request({ operation: 'cut', method: 'POST', path: 'cut-post', body: {} })).rejects.toMatchObject({ kind: 'invalid_response', attempts: 1 });
  });
});

describe('createTransport: redirects', () => {
  it('never follows a redirect, so credential headers cannot reach another host', async () => {
    const elsewhere: string[] = [];
    server.use(
      http.get(`${BASE}/moved`, () => new HttpResponse(null, { status: 302, headers: { location: 'https://attacker.example/collect' } })),
      http.get('https://attacker.example/collect', ({ request }) => {
        elsewhere.push(request.headers.get('authorization') ?? '');
        return HttpResponse.json({ ok: true, data: 'stolen' });
      }),
    );
    const transport = createTransport(testAdapter(), { baseUrl: BASE, ...fast });
    await expect(transport.request({ operation: 'moved', method: 'GET', path: 'moved' })).rejects.toMatchObject({ kind: 'invalid_response', attempts: 1 });
    expect(elsewhere).toEqual([]);
  });
});

describe('createTransport: options', () => {
  it('refuses bad options with a message that says what to fix', () => {
    expect(() => createTransport(testAdapter(), { baseUrl: 'not a url' })).toThrow(/absolute URL/);
    expect(() => createTransport(testAdapter(), { baseUrl: 'ftp://api.example.com' })).toThrow(/must start with https:\/\//);
    const withPassword = (() => {
      try {
        createTransport(testAdapter(), { baseUrl: 'https://user:s3cretpw99@api.example.com' });
      } catch (error) {
        return error as ClienteleError;
      }
    })();
    expect(withPassword).toMatchObject({ kind: 'configuration', message: expect.stringContaining('must not contain a user name or password') });
    expect(JSON.stringify(withPassword) + withPassword!.stack).not.toContain('s3cretpw99');
    expect(() => createTransport(testAdapter(), { baseUrl: BASE, timeout: -1 })).toThrow(/positive number of milliseconds/);
    expect(() => createTransport(testAdapter(), { baseUrl: BASE, maxRetries: 1.5 })).toThrow(/whole number from 0 to 10/);
  });

  it('reads a custom fetch at call time and merges client and call headers', async () => {
    const seen: Request[] = [];
    const fetch: typeof globalThis.fetch = async (input, init) => {
      seen.push(new Request(input as RequestInfo, init));
      return Response.json({ ok: true, data: null });
    };
    const transport = createTransport(testAdapter(), { baseUrl: BASE, fetch, headers: { 'x-platform': 'p1' }, userAgent: 'my-app/1.0' });
    await transport.request({ operation: 'x', method: 'DELETE', path: 'customers/1', options: { headers: { 'x-call': 'c1' } } });
    expect(seen).toHaveLength(1);
    expect(seen[0]!.method).toBe('DELETE');
    expect(seen[0]!.headers.get('x-platform')).toBe('p1');
    expect(seen[0]!.headers.get('x-call')).toBe('c1');
    if (canSetUserAgent) expect(seen[0]!.headers.get('user-agent')).toBe('clientele-testpay/0.0.0 my-app/1.0');
  });
});

describe('createTransport: redaction', () => {
  it('never writes a credential, signature or sensitive-named value to the log', async () => {
    server.use(http.post(`${BASE}/customers`, () => HttpResponse.json({ message: `invalid key ${SECRET}` }, { status: 401 })));
    const { lines, logger } = captureLogger();
    const transport = createTransport(testAdapter(), { baseUrl: BASE, logger, logLevel: 'debug' });
    const error = await transport
      .request({ operation: 'customers.create', method: 'POST', path: 'customers', body: { name: 'Ada', cardNumber: '4111111111111111' } })
      .catch((caught: unknown) => caught as ClienteleError);
    const logged = JSON.stringify(lines);
    expect(lines.some((line) => line.message === 'request')).toBe(true);
    for (const text of [logged, JSON.stringify(error), (error as Error).message, String((error as Error).stack)]) {
      expect(text).not.toContain(SECRET);
      expect(text).not.toContain('4111111111111111');
    }
    expect((error as ClienteleError).providerMessage).toBe('invalid key [REDACTED]');
    expect((error as ClienteleError).kind).toBe('authentication');
  });

  it('scrubs secrets obtained after the client was built, and applies the provider URL redaction', async () => {
    let currentToken = 'not-issued-yet';
    server.use(http.get(`${BASE}/customers`, () => HttpResponse.json({ message: `token ${currentToken} expired` }, { status: 401 })));
    const { lines, logger } = captureLogger();
    const transport = createTransport(
      testAdapter({ secrets: () => [currentToken], redactUrl: (url) => url.replace(/email=[^&]*/, 'email=[REDACTED]') }),
      { baseUrl: BASE, logger, logLevel: 'debug' },
    );
    currentToken = 'oauth_rotated_token_555';
    const error = (await transport.request({ operation: 'customers.list', method: 'GET', path: 'customers', query: { email: 'ada@example.com' } }).catch((caught: unknown) => caught)) as ClienteleError;
    expect(error.providerMessage).toBe('token [REDACTED] expired');
    expect(JSON.stringify(lines)).not.toContain('ada@example.com');
    expect(lines.find((line) => line.message === 'request')?.fields?.url).toBe(`${BASE}/customers?email=[REDACTED]`);
  });
});
