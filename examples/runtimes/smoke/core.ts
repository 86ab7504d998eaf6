// Smoke script for @clientele/core: one HMAC-signed POST through the shared request path.
// Imports the BUILT package (node_modules → packages/core/dist), never the source.
import { createTransport, hmacSha256Hex, httpFailure, type ProviderAdapter } from '@clientele/core';
import type { SmokeSettings, SmokeResult } from '../src/smoke-settings.js';

export default async function smoke(settings: SmokeSettings): Promise<SmokeResult> {
  const key = settings.credentials.signingKey!;
  const adapter: ProviderAdapter = {
    provider: 'core-smoke',
    userAgent: 'clientele-core-smoke/0.0.0',
    secrets: [key],
    authenticate: async (attempt) => ({ 'x-signature': await hmacSha256Hex(key, typeof attempt.body === 'string' ? attempt.body : '') }),
    interpret: (response) =>
      response.status === 200 ? { ok: true, data: JSON.parse(response.text) } : httpFailure(response, { provider: 'core-smoke' }),
  };
  const transport = createTransport(adapter, { baseUrl: settings.baseUrl, maxRetries: 0 });
  const { data } = await transport.request({ operation: 'echo.create', method: 'POST', path: '/echo', body: { greeting: 'مرحبا' } });
  return { runtime: navigator.userAgent, summary: { echoed: data } };
}
