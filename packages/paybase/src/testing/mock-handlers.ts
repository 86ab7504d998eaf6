import { applyFault, type FaultRenderer } from '@clientele/core/testing';
import { http, type RequestHandler } from 'msw';
import type { PaybaseEndpointName } from '../paybase-paths.js';
import { createEndpointMatcher, type EndpointMatcher } from './endpoint-matcher.js';
import { routeCustomerRequest } from './mock-customer-routes.js';
import { problem } from './mock-http.js';
import { renderCardForm, submitCard } from './mock-hosted-form.js';
import type { PaybaseSandbox } from './paybase-sandbox.js';

/** Endpoints a customer access token may call, for its own customer only (the rest need the API key). */
const CUSTOMER_SCOPED = new Set<PaybaseEndpointName>([
  'customers.retrieve',
  'customers.individual.retrieve',
  'customers.individual.update',
  'customers.soleTrader.retrieve',
  'customers.soleTrader.update',
  'customers.organisation.retrieve',
  'customers.organisation.update',
  'customers.incorporatedBusiness.retrieve',
  'customers.incorporatedBusiness.update',
  'customers.businessPersons.add',
  'customers.businessPersons.retrieve',
  'customers.businessPersons.update',
  'customers.businessPersons.delete',
  'customers.touch',
]);

/** Paybase's answers to the injected faults: 429 with `{ message }`, and an HTML page for a gateway 504. */
const renderer: FaultRenderer = {
  rateLimit(fault) {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (fault.retryAfterSeconds !== undefined) headers['retry-after'] = String(fault.retryAfterSeconds);
    if (fault.retryAfterMs !== undefined) headers['retry-after-ms'] = String(fault.retryAfterMs);
    return new Response(JSON.stringify({ message: 'Too many requests.' }), { status: 429, headers });
  },
  serverError(fault) {
    const status = fault.status ?? 500;
    if (status === 504) return new Response('<html><body><h1>504 Gateway Time-out</h1></body></html>', { status, headers: { 'content-type': 'text/html' } });
    return problem(status, 'Internal error.');
  },
};

async function route(sandbox: PaybaseSandbox, matchEndpoint: EndpointMatcher, request: Request): Promise<Response> {
  const match = matchEndpoint(request.method, new URL(request.url).pathname);
  if (!match) return problem(404, 'No such endpoint.');
  const token = request.headers.get('x-token');
  if (!token) return problem(401, 'The X-Token header is missing.');
  if (token !== sandbox.apiKey) {
    const entry = sandbox.tokens.get(token);
    if (!entry || entry.expiresAt <= sandbox.now().getTime()) return problem(401, 'The X-Token is not valid or has expired.');
    if (!CUSTOMER_SCOPED.has(match.name) || match.parameters.id !== entry.customerUuid) return problem(403, 'A customer access token cannot make this call.');
  }
  return routeCustomerRequest(sandbox, match, request);
}

/** The MSW handlers of a sandbox: the JSON API (with faults applied first) and the hosted card form. */
export function createMockHandlers(sandbox: PaybaseSandbox): RequestHandler[] {
  // The endpoint table is compiled once per sandbox, not on every request.
  const matchEndpoint = createEndpointMatcher(sandbox.endpoints);
  return [
    http.all(`${sandbox.baseUrl}/*`, ({ request }) => applyFault(sandbox.faults.take(request), request, () => route(sandbox, matchEndpoint, request), renderer)),
    http.get(`${sandbox.hostedUrl}/card`, ({ request }) => renderCardForm(sandbox, request)),
    http.post(`${sandbox.hostedUrl}/card`, ({ request }) => submitCard(sandbox, request)),
  ];
}
