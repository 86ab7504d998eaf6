import { applyFault, type FaultRenderer } from '@clientele/core/testing';
import { http, type RequestHandler } from 'msw';
import { verifyBodySignature } from '../paycombat-signer.js';
import type { Customer } from '../schemas/customer-types.js';
import { refusalBody, successBody } from './mock-envelopes.js';
import { mergeFields, missingWalletFields, validateCreate, validateUpdate, withE164, type FieldErrors } from './mock-customers.js';
import type { PaycombatSandbox, SandboxOperation } from './sandbox.js';

type Method = 'get' | 'post' | 'patch' | 'delete';

/** What one handled request answers: a status and a payload, or a refusal. */
type Outcome = { ok: true; data: unknown } | { ok: false; status: number; message: string; errors?: FieldErrors };

const ORG_ID = 'org_5f1c0d3e8a9b4c7d9e2f1a0b3c4d5e6f';

function refuse(status: number, message: string, errors?: FieldErrors): Outcome {
  return errors ? { ok: false, status, message, errors } : { ok: false, status, message };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The MSW handlers of a sandbox: authenticate, verify the signature over the raw body, validate, act, answer. */
export function createSandboxHandlers(sandbox: PaycombatSandbox, deletedIds: Set<string>): RequestHandler[] {
  const { store, paths } = sandbox;
  let requestSequence = 0;

  const renderer: FaultRenderer = {
    rateLimit: (fault) => {
      const headers: Record<string, string> = {};
      if (fault.retryAfterSeconds !== undefined) headers['retry-after'] = String(fault.retryAfterSeconds);
      if (fault.retryAfterMs !== undefined) headers['retry-after-ms'] = String(fault.retryAfterMs);
      return Response.json({ status: false, message: 'Too Many Attempts.', data: null }, { status: 429, headers });
    },
    serverError: (fault) => {
      const status = fault.status ?? 500;
      // Gateways in front of Paycombat answer 502–504 with HTML; the app itself with JSON.
      if (status >= 502 && status <= 504) return new Response(`<html><body><h1>${status}</h1></body></html>`, { status, headers: { 'content-type': 'text/html' } });
      return Response.json({ status: false, message: 'Server Error', data: null }, { status });
    },
  };

  function respond(operation: SandboxOperation, outcome: Outcome): Response {
    requestSequence += 1;
    const requestId = `req_mock_${String(requestSequence).padStart(6, '0')}`;
    const shape = sandbox.settings.envelopes[operation];
    if (outcome.ok) return Response.json(successBody(shape, outcome.data, requestId, sandbox.now()), { headers: { 'x-request-id': requestId } });
    const status = sandbox.settings.refusals === 'http' ? outcome.status : 200;
    return Response.json(refusalBody(shape, outcome.status, outcome.message, requestId, sandbox.now(), outcome.errors), { status, headers: { 'x-request-id': requestId } });
  }

  /** Checks `X-token`, and the signature over the raw body of POST/PATCH (and of a DELETE that carries one). */
  async function authenticate(request: Request, text: string): Promise<Outcome | undefined> {
    if (request.headers.get('x-token') !== sandbox.token) return refuse(401, 'Unauthenticated.');
    const signature = request.headers.get('signature');
    const method = request.method.toUpperCase();
    const mustSign = method === 'POST' || method === 'PATCH' || (method === 'DELETE' && sandbox.settings.requireDeleteSignature);
    if (signature === null) return mustSign ? refuse(401, 'Signature is required.') : undefined;
    if (method === 'GET') return undefined;
    return (await verifyBodySignature(sandbox.signatureKey, text, signature)) ? undefined : refuse(401, 'Invalid signature.');
  }

  function idFrom(params: Record<string, unknown>, request: Request, body: Record<string, unknown>): string | undefined {
    const value = params.customer_id ?? new URL(request.url).searchParams.get('customer_id') ?? body.customer_id;
    return typeof value === 'string' && value !== '' ? decodeURIComponent(value) : undefined;
  }

  function create(body: Record<string, unknown>): Outcome {
    const errors = validateCreate(body);
    if (Object.keys(errors).length > 0) return refuse(422, 'The given data was invalid.', errors);
    const sequence = store.nextId();
    const customerId = `customer_${sequence.padStart(32, '0')}`;
    const time = sandbox.now().toISOString();
    const section = body.type === 'company' ? 'company' : 'individual';
    const customer: Customer = {
      customer_id: customerId,
      org_id: ORG_ID,
      type: body.type as string,
      description: body.description as string,
      webhook_url: null,
      metadata: isRecord(body.metadata) ? body.metadata : null,
      is_active: false,
      is_wallet_ready: false,
      organization_reference_id: typeof body.organization_reference_id === 'string' ? body.organization_reference_id : null,
      is_gca_enabled: false,
      gca_activation_status: 'NOT_STARTED',
      gca_activated_at: null,
      is_sender_validation_enabled: false,
      payin_sender_id_list: null,
      company_domain: null,
      [section]: withE164(body[section] as Record<string, unknown>),
      created_by: 'api_access_key:AK_FINMO_SBX_MOCK',
      created_at: time,
      updated_at: time,
    };
    customer.is_wallet_ready = missingWalletFields(customer).length === 0;
    return { ok: true, data: store.insert(customerId, customer) };
  }

  function update(customer: Customer, body: Record<string, unknown>): Outcome {
    const errors = validateUpdate(body, customer);
    if (Object.keys(errors).length > 0) return refuse(422, 'The given data was invalid.', errors);
    const { customer_id: _id, ...fields } = body;
    const merged = mergeFields(customer, fields) as Customer;
    for (const section of ['individual', 'company'] as const) if (isRecord(merged[section])) merged[section] = withE164(merged[section]);
    merged.is_wallet_ready = missingWalletFields(merged).length === 0;
    merged.updated_at = sandbox.now().toISOString();
    store.insert(customer.customer_id, merged);
    return { ok: true, data: merged };
  }

  function list(request: Request): Outcome {
    const query = new URL(request.url).searchParams;
    const page = Math.max(1, Number(query.get('page') ?? 1) || 1);
    const limit = Math.min(100, Math.max(1, Number(query.get('limit') ?? 10) || 10));
    const type = query.get('type');
    const active = query.get('is_active');
    const reference = query.get('organization_reference_id');
    const matching = store.all().filter(
      (customer) => (type === null || customer.type === type) && (active === null || String(customer.is_active) === active) && (reference === null || customer.organization_reference_id === reference),
    );
    const items = matching.slice((page - 1) * limit, page * limit);
    if (sandbox.settings.listShape === 'array') return { ok: true, data: items };
    return { ok: true, data: { data: items, total: matching.length, page, limit, last_page: Math.max(1, Math.ceil(matching.length / limit)) } };
  }

  async function handle(operation: SandboxOperation, request: Request, params: Record<string, unknown>): Promise<Response> {
    const text = await request.text();
    const denied = await authenticate(request, text);
    if (denied) return respond(operation, denied);
    let body: Record<string, unknown> = {};
    if (text !== '') {
      let parsed: unknown;
      try {
        parsed = JSON.parse(text);
      } catch {
        return respond(operation, refuse(400, 'The request body is not valid JSON.'));
      }
      if (isRecord(parsed)) body = parsed;
      else if (!Array.isArray(parsed) || parsed.length > 0) return respond(operation, refuse(400, 'The request body must be a JSON object.'));
    }
    if (operation === 'create') return respond(operation, create(body));
    if (operation === 'list') return respond(operation, list(request));
    const customerId = idFrom(params, request, body);
    const target = customerId === undefined ? undefined : store.get(customerId);
    if (!target) return respond(operation, refuse(404, 'Customer not found.'));
    switch (operation) {
      case 'retrieve':
        return respond(operation, { ok: true, data: target });
      case 'update':
        return respond(operation, update(target, body));
      case 'walletReadiness': {
        const missing = missingWalletFields(target);
        return respond(operation, { ok: true, data: { is_wallet_ready: missing.length === 0, missing_field: missing } });
      }
      case 'enable':
      case 'disable':
        return respond(operation, { ok: true, data: store.update(target.customer_id, { is_active: operation === 'enable', updated_at: sandbox.now().toISOString() }) });
      case 'delete':
        store.delete(target.customer_id);
        deletedIds.add(target.customer_id);
        return respond(operation, { ok: true, data: target });
    }
  }

  const route = (method: Method, template: string, operation: SandboxOperation): RequestHandler =>
    http[method](`${sandbox.baseUrl}${template.replace('{customer_id}', ':customer_id')}`, ({ request, params }) =>
      applyFault(sandbox.faults.take(request), request, () => handle(operation, request, params), renderer),
    );

  return [
    route('post', paths.createCustomer, 'create'),
    route('patch', paths.updateCustomer, 'update'),
    route('get', paths.walletReadiness, 'walletReadiness'),
    route('patch', paths.enableCustomer, 'enable'),
    route('patch', paths.disableCustomer, 'disable'),
    route('get', paths.retrieveCustomer, 'retrieve'),
    route('delete', paths.deleteCustomer, 'delete'),
    route('get', paths.listCustomers, 'list'),
    // Anything else under the API root: Laravel's 404, so a wrong path override fails like it would for real.
    http.all(`${sandbox.baseUrl}/*`, () => Response.json({ message: 'The route could not be found.' }, { status: 404 })),
  ];
}
