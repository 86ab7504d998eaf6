import type { IncomingMessage, ServerResponse } from 'node:http';
import { isClienteleError } from '@clientele/core';
import type { CreateCustomerParams, SgateClient, SgateCustomer } from '@clientele/sgate';
import { PayeeRegistry, type PayeeRecord } from './payee-registry.js';
import { readRawBody } from './read-raw-body.js';

/** Options of {@link createPayeeService}. */
export interface PayeeServiceOptions {
  /** An SGATE client (`createSgate(...)`), built on the server with the merchant's keys. */
  sgate: SgateClient;
  /**
   * The path of the callback URL as registered with SGATE (it is part of what SGATE signs). Give it
   * explicitly: a proxy in front of this service may rewrite the path requests arrive on.
   * @default '/sgate/callback'
   */
  callbackPath?: string;
  /** Where the service notes what it did (never a sensitive value). @default no notes */
  note?: (message: string) => void;
}

/** The service: a Node request listener plus the store it keeps. */
export interface PayeeService {
  /** Pass to `http.createServer(service.listener)`. */
  listener(request: IncomingMessage, response: ServerResponse): void;
  registry: PayeeRegistry;
}

class HttpProblem extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

function send(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'content-type': 'application/json' });
  response.end(JSON.stringify(body));
}

/** The view of a payee this service answers with: ids and status only, never the decrypted fields. */
function publicView(record: PayeeRecord) {
  return { mercustomid: record.mercustomid, customid: record.customid, status: record.status };
}

function parseJson(bytes: Uint8Array): unknown {
  try {
    return JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    throw new HttpProblem(400, 'The body must be JSON.');
  }
}

/**
 * A small payee-onboarding service in front of SGATE:
 *
 * - `POST /payees` (JSON, SGATE's field names) creates the payee with SGATE; `identity` and `cardno` or
 *   `stcaccount` may arrive already encrypted by the browser (`@clientele/sgate/encrypt`) and are passed on
 *   unchanged;
 * - `PUT /payees/:mercustomid/id-photo` (the image bytes) uploads the ID photo, which sends the payee to review;
 * - `GET /payees/:mercustomid` answers the status this service holds;
 * - `POST <callbackPath>` receives SGATE's `CUSTOM_STATUS_CHANGE` callbacks: verified over the raw body
 *   before anything is parsed, processed once per delivery, older states ignored.
 */
export function createPayeeService(options: PayeeServiceOptions): PayeeService {
  const { sgate } = options;
  const callbackPath = options.callbackPath ?? '/sgate/callback';
  const note = options.note ?? (() => undefined);
  const registry = new PayeeRegistry();

  async function receiveCallback(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const rawBody = await readRawBody(request);
    let event;
    try {
      event = sgate.webhooks.verify({ rawBody, headers: request.headers, callbackPath });
    } catch (error) {
      if (isClienteleError(error) && error.kind === 'signature') {
        note('rejected a callback that failed verification');
        return send(response, 400, { error: 'invalid signature' });
      }
      throw error;
    }
    if (!registry.firstDelivery(sgate.webhooks.dedupeKey(event))) {
      note(`ignored a redelivered ${event.event}`);
      return send(response, 200, { received: true, duplicate: true });
    }
    if (event.event === 'CUSTOM_STATUS_CHANGE') {
      const customer = event.data as SgateCustomer;
      const record = registry.save(customer);
      note(`payee ${record.mercustomid} is now in status ${record.status}`);
    }
    send(response, 200, { received: true });
  }

  async function route(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://service.local');
    const photo = /^\/payees\/([^/]+)\/id-photo$/.exec(url.pathname);
    const payee = /^\/payees\/([^/]+)$/.exec(url.pathname);

    if (request.method === 'POST' && url.pathname === callbackPath) return receiveCallback(request, response);
    if (request.method === 'POST' && url.pathname === '/payees') {
      const params = parseJson(await readRawBody(request)) as CreateCustomerParams;
      const record = registry.save(await sgate.customers.create(params));
      note(`created payee ${record.mercustomid} (status ${record.status})`);
      return send(response, 201, publicView(record));
    }
    if (request.method === 'PUT' && photo) {
      const mercustomid = decodeURIComponent(photo[1]!);
      const file = await readRawBody(request);
      const record = registry.save(await sgate.customers.uploadPhoto({ mercustomid, type: 'identitypic', file }));
      note(`uploaded the ID photo of ${record.mercustomid} (status ${record.status})`);
      return send(response, 200, publicView(record));
    }
    if (request.method === 'GET' && payee) {
      const record = registry.get(decodeURIComponent(payee[1]!));
      return record ? send(response, 200, publicView(record)) : send(response, 404, { error: 'unknown payee' });
    }
    send(response, 404, { error: 'not found' });
  }

  function listener(request: IncomingMessage, response: ServerResponse): void {
    route(request, response).catch((error: unknown) => {
      if (error instanceof HttpProblem) return send(response, error.status, { error: error.message });
      if (isClienteleError(error)) {
        // SDK errors never carry keys or sensitive values, so their message can be logged and shown.
        note(`SGATE call failed: ${error.kind}`);
        return send(response, error.kind === 'validation' ? 422 : 502, { error: error.kind, message: error.message });
      }
      note('unexpected failure');
      send(response, 500, { error: 'internal error' });
    });
  }

  return { listener, registry };
}
