// A Cloudflare Worker in front of Paycombat: onboards customers and receives Paycombat's webhooks.
// No Node APIs and no `nodejs_compat` flag: @clientele/paycombat signs with WebCrypto.
import { createPaycombat, isClienteleError, toUnifiedCustomer, verifyWebhook, type CreateCustomerParams, type PaycombatClient } from '@clientele/paycombat';

/** The Worker's bindings: secrets set with `wrangler secret put`. */
export interface Env {
  PAYCOMBAT_TOKEN: string;
  PAYCOMBAT_SIGNATURE_KEY: string;
  /** Only for tests and proxies. @default Paycombat's API host */
  PAYCOMBAT_BASE_URL?: string;
}

/** What the Worker remembers between requests of one isolate: the client (built once per set of secrets). */
let cached: { env: Env; client: PaycombatClient } | undefined;

function paycombatFor(env: Env): PaycombatClient {
  if (cached?.env !== env) {
    cached = {
      env,
      // logLevel 'info': retries and failed calls appear in the Workers logs, already redacted by the SDK.
      client: createPaycombat({ token: env.PAYCOMBAT_TOKEN, signatureKey: env.PAYCOMBAT_SIGNATURE_KEY, baseUrl: env.PAYCOMBAT_BASE_URL, backoff: { initialDelay: 50, maxDelay: 500 }, logLevel: 'info' }),
    };
  }
  return cached.client;
}

function json(body: unknown, status = 200): Response {
  return Response.json(body, { status });
}

/** SDK errors carry a `kind` and a message without secrets: safe to return to the caller. */
function failure(error: unknown): Response {
  if (!isClienteleError(error)) throw error;
  const status = error.kind === 'validation' ? 422 : error.kind === 'not_found' ? 404 : error.kind === 'rate_limited' ? 429 : 502;
  return json({ error: error.kind, message: error.message }, status);
}

async function handle(request: Request, env: Env): Promise<Response> {
  const url = new URL(request.url);
  const customer = /^\/customers\/([^/]+)$/.exec(url.pathname);

  if (request.method === 'POST' && url.pathname === '/customers') {
    const params = (await request.json()) as CreateCustomerParams;
    const created = await paycombatFor(env).customers.create(params);
    return json({ customerId: created.customer_id, isWalletReady: created.is_wallet_ready }, 201);
  }
  if (request.method === 'GET' && customer) {
    const found = await paycombatFor(env).customers.retrieve(decodeURIComponent(customer[1]!));
    const { raw: _raw, ...view } = toUnifiedCustomer(found);
    return json(view);
  }
  if (request.method === 'POST' && url.pathname === '/webhooks/paycombat') {
    // The raw body, read before anything parses it: the signature covers these exact bytes.
    const event = await verifyWebhook({ body: await request.text(), headers: request.headers, signatureKey: env.PAYCOMBAT_SIGNATURE_KEY });
    // A real Worker would enqueue it (Queues, a Durable Object) keyed by `event.deduplicationKey`.
    return json({ received: event.name, deduplicationKey: event.deduplicationKey });
  }
  return json({ error: 'not found' }, 404);
}

export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    try {
      return await handle(request, env);
    } catch (error) {
      if (isClienteleError(error) && error.kind === 'signature') return json({ error: 'invalid signature' }, 400);
      return failure(error);
    }
  },
};
