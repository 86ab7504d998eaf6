import { FailureInjector, MockStore } from '@clientele/core/testing';
import type { RequestHandler } from 'msw';
import { PAYBASE_HOSTS, type PaybaseEnvironment } from '../paybase-hosts.js';
import { customerUuid } from '../paybase-ids.js';
import { paybaseCustomerLifecycle } from '../paybase-lifecycle.js';
import { resolveEndpoints, type PaybaseEndpoints, type PaybasePathOverrides } from '../paybase-paths.js';
import { PAYBASE_SIGNATURE_HEADER, type PaybaseWebhookEvent } from '../paybase-webhooks.js';
import type { PaybaseCddLevel, PaybaseCustomerState } from '../schemas/customer-response.js';
import { createMockHandlers } from './mock-handlers.js';
import type { MockCustomer, MockCustomerRecord } from './mock-records.js';
import { createWebhookSigner } from './webhook-signer.js';
import { MOCK_WEBHOOK_PRIVATE_KEY_PEM, MOCK_WEBHOOK_PUBLIC_KEY } from './webhook-test-key.js';

/** The API key the mock accepts unless told otherwise. */
export const MOCK_PAYBASE_API_KEY = 'pb_sandbox_mock_key_0123456789';

/** Options of {@link createPaybaseSandbox}. */
export interface PaybaseSandboxOptions {
  /** The API key the mock accepts as `X-Token`. @default MOCK_PAYBASE_API_KEY */
  apiKey?: string;
  /** Which hosts the handlers answer on. @default 'sandbox' */
  environment?: PaybaseEnvironment;
  /** Answer on this API origin instead (match the client's `baseUrl`). */
  baseUrl?: string;
  /** Serve the hosted card form here instead (match the browser entry's `hostedUrl`). */
  hostedUrl?: string;
  /** The same `paths` overrides the client uses, so both follow one endpoint table. */
  paths?: PaybasePathOverrides;
  /**
   * How the generic retrieve and the list return customers: Paybase's tagged union `{ type, <type>: {...} }`
   * (`'wrapped'`) or the flat customer (`'flat'`). Both occur in Paybase material (spec U28). @default 'wrapped'
   */
  customerShape?: 'wrapped' | 'flat';
  /** Accept platform moves the SDK does not know to be allowed (e.g. DISABLED → PENDING). @default false */
  allowUnconfirmedMoves?: boolean;
  /** The due-diligence level new customers need. @default 'TWO' */
  targetCDDLevel?: PaybaseCddLevel;
  /** Lifetime of minted customer tokens, in milliseconds. @default 900_000 (15 minutes) */
  tokenLifetime?: number;
  /** The clock. @default () => new Date() */
  now?: () => Date;
  /** PKCS#8 PEM the mock signs webhooks with. @default the committed TEST-ONLY key (see MOCK_WEBHOOK_PUBLIC_KEY) */
  webhookPrivateKey?: string;
  /** The public half as base64-wrapped PEM, when `webhookPrivateKey` is given. */
  webhookPublicKey?: string;
}

/** A signed delivery, ready to POST to a webhook receiver. */
export interface MockWebhookDelivery {
  event: PaybaseWebhookEvent;
  /** The exact bytes that were signed, as text. */
  rawBody: string;
  /** The `X-Signature` value. */
  signature: string;
  headers: Record<string, string>;
}

/** A minted customer access token. */
export interface MockToken {
  customerUuid: string;
  expiresAt: number;
}

/** A card saved through the mock's hosted form. */
export interface MockCard {
  id: string;
  ownerId: string;
  cardNumberSuffix: string;
  expiry: string;
}

/**
 * A stateful stand-in for Paybase's sandbox: MSW handlers over an in-memory store, Paybase-only controls for tests,
 * failure injection and signed webhooks.
 */
export interface PaybaseSandbox {
  /** MSW handlers: `setupServer(...sandbox.handlers)` or `server.use(...sandbox.handlers)`. */
  readonly handlers: RequestHandler[];
  /** Inject faults (429 storms, 5xx, resets, timeouts, truncated JSON) for the next matching requests. */
  readonly faults: FailureInjector;
  readonly apiKey: string;
  readonly baseUrl: string;
  readonly hostedUrl: string;
  readonly endpoints: PaybaseEndpoints;
  /** Customers by bare uuid (deep copies). */
  readonly customers: MockStore<MockCustomerRecord>;
  /** Cards saved through the hosted form. */
  readonly cards: MockStore<MockCard>;
  /** Minted customer tokens. */
  readonly tokens: Map<string, MockToken>;
  readonly options: Readonly<Required<Pick<PaybaseSandboxOptions, 'customerShape' | 'allowUnconfirmedMoves' | 'targetCDDLevel' | 'tokenLifetime'>>>;
  /** The mock's clock (the `now` option; default the real time): stamps `updatedAt`, webhooks and token expiry. */
  now(): Date;
  /** The customer with this id (`customer/<uuid>` or `<uuid>`), or `undefined`. */
  customer(id: string): MockCustomer | undefined;
  /**
   * A move only Paybase makes (lock, unlock, close, terminate, or enabling a PENDING customer itself), checked
   * against the lifecycle for the provider. Emits a `customer_state_changed` webhook.
   *
   * @throws TransitionError when Paybase could not make that move either (e.g. out of TERMINATED).
   */
  providerTransition(id: string, toStateId: PaybaseCustomerState): MockCustomer;
  /** Sets the due-diligence level, as Paybase's checks would. Emits `customer_cdd_level_changed`. */
  setCddLevel(id: string, level: PaybaseCddLevel): MockCustomer;
  /** Reports a failed due-diligence check. Emits `check_failed`. */
  failCheck(id: string, reason?: string): void;
  /** Makes every minted token expire now. */
  expireTokens(): void;
  /** Webhooks the mock has emitted, and signing helpers. */
  readonly webhooks: {
    /** The public key to verify deliveries with, base64-wrapped like Paybase's. */
    readonly publicKey: string;
    /** Every event emitted so far, oldest first. */
    readonly events: PaybaseWebhookEvent[];
    /** Signs a body with the mock's key (base64 RSA-SHA256). */
    sign(rawBody: string | Uint8Array): Promise<string>;
    /** A signed delivery of an event (compact JSON, as Paybase sends). */
    delivery(event: PaybaseWebhookEvent): Promise<MockWebhookDelivery>;
    /** POSTs a signed delivery to a receiver URL; returns its response. */
    send(url: string, event: PaybaseWebhookEvent, options?: { fetch?: typeof globalThis.fetch }): Promise<Response>;
    /** Records an event (the handlers call this). */
    emit(event: PaybaseWebhookEvent): void;
  };
  /** Clears customers, cards, tokens, events and pending faults. */
  reset(): void;
}

/**
 * Creates a mock of Paybase's sandbox.
 *
 * ```ts
 * const sandbox = createPaybaseSandbox();
 * server.use(...sandbox.handlers);
 * const paybase = createPaybase({ apiKey: sandbox.apiKey, environment: 'sandbox' });
 * ```
 */
export function createPaybaseSandbox(options: PaybaseSandboxOptions = {}): PaybaseSandbox {
  const environment = options.environment ?? 'sandbox';
  const now = options.now ?? (() => new Date());
  const customers = new MockStore<MockCustomerRecord>();
  const cards = new MockStore<MockCard>();
  const tokens = new Map<string, MockToken>();
  const events: PaybaseWebhookEvent[] = [];
  const sign = createWebhookSigner(options.webhookPrivateKey ?? MOCK_WEBHOOK_PRIVATE_KEY_PEM);
  const requireCustomer = (id: string): MockCustomerRecord => {
    const record = customers.get(customerUuid(id));
    if (!record) throw new Error(`The mock has no customer ${id}.`);
    return record;
  };
  // MockStore hands out copies, so the customer returned is already detached from the store.
  const save = (record: MockCustomerRecord) => customers.update(customerUuid(record.customer.id), record)!.customer;

  const delivery = async (event: PaybaseWebhookEvent): Promise<MockWebhookDelivery> => {
    const rawBody = JSON.stringify(event);
    const signature = await sign(rawBody);
    return { event, rawBody, signature, headers: { 'content-type': 'application/json', [PAYBASE_SIGNATURE_HEADER]: signature } };
  };

  const sandbox: PaybaseSandbox = {
    handlers: [],
    faults: new FailureInjector(),
    apiKey: options.apiKey ?? MOCK_PAYBASE_API_KEY,
    baseUrl: (options.baseUrl ?? PAYBASE_HOSTS[environment].api).replace(/\/+$/, ''),
    hostedUrl: (options.hostedUrl ?? PAYBASE_HOSTS[environment].hosted).replace(/\/+$/, ''),
    endpoints: resolveEndpoints(options.paths),
    customers,
    cards,
    tokens,
    options: Object.freeze({
      customerShape: options.customerShape ?? 'wrapped',
      allowUnconfirmedMoves: options.allowUnconfirmedMoves ?? false,
      targetCDDLevel: options.targetCDDLevel ?? 'TWO',
      tokenLifetime: options.tokenLifetime ?? 900_000,
    }),
    now,
    customer: (id) => customers.get(customerUuid(id))?.customer,
    providerTransition(id, toStateId) {
      const record = requireCustomer(id);
      const from = record.customer.stateId;
      paybaseCustomerLifecycle.assertMoveTo(from, toStateId, { by: 'provider' });
      record.customer.stateId = toStateId;
      record.customer.updatedAt = now().toISOString();
      if (toStateId === 'ENABLED') record.customer.activeAt = record.customer.updatedAt;
      const customer = save(record);
      sandbox.webhooks.emit({ type: 'customer_state_changed', previousStateId: from, data: customer });
      return customer;
    },
    setCddLevel(id, level) {
      const record = requireCustomer(id);
      record.customer.cddLevel = level;
      record.customer.updatedAt = now().toISOString();
      const customer = save(record);
      sandbox.webhooks.emit({ type: 'customer_cdd_level_changed', data: customer });
      return customer;
    },
    failCheck(id, reason = 'The identity document could not be verified.') {
      const record = requireCustomer(id);
      sandbox.webhooks.emit({ type: 'check_failed', customerId: record.customer.id, payload: { reason, failedAt: now().toISOString() } });
    },
    expireTokens() {
      for (const token of tokens.values()) token.expiresAt = 0;
    },
    webhooks: {
      publicKey: options.webhookPublicKey ?? MOCK_WEBHOOK_PUBLIC_KEY,
      events,
      sign,
      delivery,
      async send(url, event, sendOptions = {}) {
        const signed = await delivery(event);
        return (sendOptions.fetch ?? globalThis.fetch)(url, { method: 'POST', headers: signed.headers, body: signed.rawBody });
      },
      emit(event) {
        events.push(structuredClone(event));
      },
    },
    reset() {
      customers.reset();
      cards.reset();
      tokens.clear();
      events.length = 0;
      sandbox.faults.clear();
    },
  };
  sandbox.handlers.push(...createMockHandlers(sandbox));
  return sandbox;
}
