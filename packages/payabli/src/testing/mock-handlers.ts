import { applyFault, type FaultRenderer } from '@clientele/core/testing';
import { http, type RequestHandler } from 'msw';
import type { PayabliCustomerRecord } from '../schemas/customer-record.js';
import { addCustomer, linkTransaction, payabliError, payabliSuccess, requestConsent, updateCustomer } from './mock-customers.js';
import { matchesAll, readFilters, sortRecords } from './mock-query.js';
import type { PayabliSandbox } from './payabli-sandbox.js';

type Params = Record<string, string | readonly string[] | undefined>;
type Handle = (request: Request, params: Record<string, string>) => Response | Promise<Response>;

/** Payabli's failures for injected faults: a 429 and a 5xx with its error envelope. */
const renderer: FaultRenderer = {
  rateLimit(fault) {
    const headers: Record<string, string> = {};
    if (fault.retryAfterSeconds !== undefined) headers['retry-after'] = String(fault.retryAfterSeconds);
    if (fault.retryAfterMs !== undefined) headers['retry-after-ms'] = String(fault.retryAfterMs);
    return Response.json({ isSuccess: false, responseText: 'Too many requests' }, { status: 429, headers });
  },
  serverError(fault) {
    const status = fault.status ?? 500;
    return Response.json({ isSuccess: false, responseText: status === 503 ? 'Database connection error' : 'Internal server error' }, { status });
  },
};

/** The MSW handlers of every endpoint the SDK calls, answering from `sandbox` under `baseUrl`. */
export function createMockHandlers(sandbox: PayabliSandbox, baseUrl: string): RequestHandler[] {
  const base = baseUrl.replace(/\/+$/, '');
  const route = (handle: Handle, options: { authenticated?: boolean } = {}) =>
    async ({ request, params }: { request: Request; params: Params }) =>
      applyFault(sandbox.faults.take(request), request, async () => {
        if (options.authenticated !== false) {
          const refused = authenticate(sandbox, request);
          if (refused) return refused;
        }
        return handle(request, flatten(params));
      }, renderer);
  const withCustomer = (handle: (record: PayabliCustomerRecord, request: Request, params: Record<string, string>) => Response | Promise<Response>, options: { allowDeleted?: boolean } = {}): Handle =>
    (request, params) => {
      const id = Number(params.customerId);
      const record = Number.isSafeInteger(id) ? sandbox.customer(id) : undefined;
      if (!record || (record.customerStatus === -99 && !options.allowDeleted)) return payabliError(400, 'Customer not found', { explanation: `No customer with id ${params.customerId}` });
      return handle(record, request, params);
    };

  return [
    http.post(`${base}/v2/Token/serverside`, route(async (request) => {
      const body = (await readBody(request)) ?? {};
      const token = sandbox.issueToken(body.clientId, body.clientSecret);
      if (!token) return Response.json({ errorType: 'InvalidCredentials', errorMessage: 'The client credentials are not valid.' }, { status: 400 });
      return Response.json({ token_type: 'bearer', access_token: token, expires_in: sandbox.tokenLifetimeSeconds });
    }, { authenticated: false })),

    http.post(`${base}/Customer/single/:entry`, route(async (request, params) => {
      // The whole request arrives before Payabli looks at the key; a reused key is refused even if the body is bad.
      const body = await readBody(request);
      const key = request.headers.get('idempotencyKey');
      if (key !== null && !sandbox.claimIdempotencyKey(key)) return payabliError(409, `Duplicated idempotencyKey: ${key}`);
      if (!body) return payabliError(400, 'Invalid request body', { explanation: 'The body must be a JSON object' });
      return addCustomer(sandbox, params.entry!, body, new URL(request.url).searchParams);
    })),

    http.get(`${base}/Customer/link/:customerId/:transId`, route(withCustomer((record, _request, params) => linkTransaction(sandbox, record, params.transId!)))),

    http.post(`${base}/Customer/:customerId/consent`, route(withCustomer((record) => requestConsent(sandbox, record)))),

    http.get(`${base}/Customer/:customerId`, route(withCustomer((record) => Response.json(record), { allowDeleted: true }))),

    http.put(`${base}/Customer/:customerId`, route(withCustomer(async (record, request) => {
      const body = await readBody(request);
      return body ? updateCustomer(sandbox, record, body) : payabliError(400, 'Invalid request body');
    }))),

    http.delete(`${base}/Customer/:customerId`, route(withCustomer((record) => {
      sandbox.customers.update(String(record.customerId), { customerStatus: -99 });
      return payabliSuccess({ pageIdentifier: 'null', roomId: 0 });
    }))),

    http.get(`${base}/Query/customers/org/:orgId`, route((request, params) => {
      const orgId = Number(params.orgId);
      if (![...sandbox.paypoints.values()].some((paypoint) => paypoint.orgId === orgId)) return payabliError(400, 'Invalid organization', { responseCode: 3003 });
      return query(sandbox, request, (record) => record.ParentOrgId === orgId);
    })),

    http.get(`${base}/Query/customers/:entry`, route((request, params) => {
      if (!sandbox.paypoints.has(params.entry!)) return payabliError(400, 'Invalid entrypoint', { responseCode: 3001 });
      return query(sandbox, request, (record) => record.PaypointEntryname === params.entry);
    })),
  ];
}

/** One page of a customer query, filtered, sorted and paged the way Payabli does (spec §4.5). */
function query(sandbox: PayabliSandbox, request: Request, scope: (record: PayabliCustomerRecord) => boolean): Response {
  const search = new URL(request.url).searchParams;
  const paypointIds = new Map([...sandbox.paypoints.values()].map((paypoint) => [paypoint.entry, paypoint.paypointId]));
  const filters = readFilters(search);
  const matching = sortRecords(sandbox.customers.all().filter((record) => scope(record) && matchesAll(record, filters, paypointIds)), search.get('sortBy'), paypointIds);
  const fromRecord = Math.max(0, Number(search.get('fromRecord') ?? 0) || 0);
  const requested = search.has('limitRecord') ? Number(search.get('limitRecord')) : 20;
  // limitRecord 0 or negative means "everything" (spec §4.5).
  const limitRecord = requested > 0 ? requested : matching.length;
  const records = matching.slice(fromRecord, fromRecord + limitRecord);
  const pageSize = requested > 0 ? requested : matching.length;
  return Response.json({
    Summary: { pageIdentifier: null, pageSize, totalAmount: 0, totalNetAmount: 0, totalPages: pageSize > 0 ? Math.ceil(matching.length / pageSize) : 0, totalRecords: matching.length },
    Records: records,
  });
}

/** Exactly one credential: a known `requestToken`, or a valid bearer token. */
function authenticate(sandbox: PayabliSandbox, request: Request): Response | undefined {
  const token = request.headers.get('requestToken');
  const authorization = request.headers.get('authorization');
  if (token !== null && authorization !== null) return payabliError(400, 'Send either requestToken or Authorization, not both');
  if (authorization !== null) {
    const bearer = /^Bearer (.+)$/.exec(authorization)?.[1];
    return bearer !== undefined && sandbox.isTokenValid(bearer) ? undefined : payabliError(401, 'Unauthorized', { explanation: 'The access token is invalid or expired', todoAction: 'Request a new token' });
  }
  if (token !== null && sandbox.apiKeys.has(token)) return undefined;
  return payabliError(401, 'Unauthorized', { explanation: 'Missing or invalid requestToken', todoAction: 'Check the API token' });
}

async function readBody(request: Request): Promise<Record<string, unknown> | undefined> {
  try {
    const body: unknown = await request.json();
    return typeof body === 'object' && body !== null && !Array.isArray(body) ? (body as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

function flatten(params: Params): Record<string, string> {
  const output: Record<string, string> = {};
  for (const [name, value] of Object.entries(params)) if (typeof value === 'string') output[name] = value;
  return output;
}
