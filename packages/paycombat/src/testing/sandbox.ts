import { ClienteleError } from '@clientele/core';
import { FailureInjector, MockStore } from '@clientele/core/testing';
import type { RequestHandler } from 'msw';
import { gcaLifecycle, reviewLifecycle } from '../paycombat-lifecycle.js';
import { PAYCOMBAT_BASE_URL } from '../paycombat-options.js';
import { resolvePaths, type PaycombatPaths } from '../paycombat-paths.js';
import type { Customer, CustomerReviewStatus, GcaActivationStatus } from '../schemas/customer-types.js';
import { createSandboxHandlers } from './mock-handlers.js';
import type { EnvelopeShape, RefusalStyle } from './mock-envelopes.js';
import { missingWalletFields } from './mock-customers.js';
import { payinPayload, payoutPayload, signWebhook, type SignedWebhook } from './mock-webhooks.js';
import type { PayinPayload, PayoutPayload } from '../schemas/webhook-events.js';

/** The mock's operations, one per endpoint. */
export type SandboxOperation = 'create' | 'update' | 'list' | 'retrieve' | 'walletReadiness' | 'enable' | 'disable' | 'delete';

/** Options of {@link createPaycombatSandbox}. */
export interface PaycombatSandboxOptions {
  /** The token the mock accepts in `X-token`. @default 'snd_mock_token_0123456789' */
  token?: string;
  /** The key the mock verifies request signatures with and signs webhooks with. @default 'mock_signature_key_0123456789' */
  signatureKey?: string;
  /** @default 'https://api.paycombat.com' */
  baseUrl?: string;
  /** The same overrides you give the client. */
  paths?: Partial<PaycombatPaths>;
  /** Refuse a DELETE without a valid signature (to rehearse spec U8 the other way). @default false */
  requireDeleteSignature?: boolean;
  /** Answer refusals with their HTTP status (`'http'`) or with HTTP 200 and `status: false`. @default 'http' */
  refusals?: RefusalStyle;
  /** Envelope per operation. @default create/enable/disable/delete `PF`, update `F`, the GETs `P` (as documented) */
  envelopes?: Partial<Record<SandboxOperation, EnvelopeShape>>;
  /** How a list page is shaped: `{ data: [...], total, page, limit, last_page }` or a bare array. @default 'paged' */
  listShape?: 'paged' | 'array';
  /** The mock's clock. @default () => new Date() */
  now?: () => Date;
}

const DEFAULT_ENVELOPES: Record<SandboxOperation, EnvelopeShape> = {
  create: 'PF', update: 'F', list: 'P', retrieve: 'P', walletReadiness: 'P', enable: 'PF', disable: 'PF', delete: 'PF',
};

/** A stateful stand-in for Paycombat's customer API: MSW handlers plus the controls a test or demo needs. */
export interface PaycombatSandbox {
  /** Give these to `setupServer(...)`, `setupWorker(...)` or `server.use(...)`. */
  readonly handlers: RequestHandler[];
  /** The customers the mock holds (deep copies in and out). */
  readonly store: MockStore<Customer>;
  /** Ids deleted through the API. */
  readonly deletedIds: ReadonlySet<string>;
  /** Inject faults: `sandbox.faults.inject({ kind: 'rate_limit', retryAfterMs: 5 }, { times: 2, method: 'POST' })`. */
  readonly faults: FailureInjector;
  readonly token: string;
  readonly signatureKey: string;
  readonly baseUrl: string;
  readonly paths: Readonly<PaycombatPaths>;
  /** Mutable settings: switch envelopes, refusal style or list shape mid-test. */
  readonly settings: { refusals: RefusalStyle; envelopes: Record<SandboxOperation, EnvelopeShape>; listShape: 'paged' | 'array'; requireDeleteSignature: boolean };
  /** The mock's clock. */
  now(): Date;
  /** A customer by id, or `undefined`. */
  customer(customerId: string): Customer | undefined;
  /** The fields a customer still lacks for a wallet (the mock's rule). */
  missingFields(customerId: string): string[];
  /**
   * Provider-side move of the Global Currency Account (ops at Finmo/Paycombat): checked against `gcaLifecycle`
   * for the provider; `APPROVAL_PENDING` needs a wallet-ready customer. `COMPLETED` sets `is_gca_enabled` and
   * `gca_activated_at`.
   */
  setGcaStatus(customerId: string, status: GcaActivationStatus): Customer;
  /** Provider-side move of Finmo's review `status`, checked against `reviewLifecycle` (from none: any state). */
  setReviewStatus(customerId: string, status: CustomerReviewStatus): Customer;
  /** Provider-side toggle of `is_active` (e.g. an ops action in the dashboard). */
  setActive(customerId: string, active: boolean): Customer;
  /** Builds and signs webhook deliveries the way Paycombat sends them. */
  readonly webhooks: {
    /** A PAYIN payload with the fields of spec §11 (status `SUCCESS`, fresh `id`, the mock's clock); `overrides` replace fields. */
    payin(overrides?: Partial<PayinPayload>): PayinPayload;
    /** A PAYOUT payload with the fields of spec §11 (status `SUCCESS`, fresh `id`, the mock's clock); `overrides` replace fields. */
    payout(overrides?: Partial<PayoutPayload>): PayoutPayload;
    /** Signs a payload with the sandbox's `signatureKey` as Paycombat does (compact JSON, hex HMAC-SHA256 in `X-Signature`). */
    sign(payload: unknown): Promise<SignedWebhook>;
    /** POSTs a signed delivery to `url` (your webhook endpoint) and returns the response. */
    deliver(url: string, payload: unknown, fetchImplementation?: typeof fetch): Promise<Response>;
  };
  /** Clears customers, deletions and faults. */
  reset(): void;
}

function sandboxError(message: string): ClienteleError {
  return new ClienteleError({ kind: 'validation', provider: 'paycombat', message: `paycombat sandbox: ${message}` });
}

/**
 * Creates a Paycombat sandbox for tests, demos and your own test suite:
 *
 * ```ts
 * const sandbox = createPaycombatSandbox();
 * const server = setupServer(...sandbox.handlers);
 * const paycombat = createPaycombat({ token: sandbox.token, signatureKey: sandbox.signatureKey });
 * ```
 */
export function createPaycombatSandbox(options: PaycombatSandboxOptions = {}): PaycombatSandbox {
  const store = new MockStore<Customer>();
  const deletedIds = new Set<string>();
  const faults = new FailureInjector();
  const now = options.now ?? (() => new Date());
  const token = options.token ?? 'snd_mock_token_0123456789';
  const signatureKey = options.signatureKey ?? 'mock_signature_key_0123456789';
  const baseUrl = (options.baseUrl ?? PAYCOMBAT_BASE_URL).replace(/\/+$/, '');
  const paths = resolvePaths(options.paths);
  const settings = {
    refusals: options.refusals ?? 'http',
    envelopes: { ...DEFAULT_ENVELOPES, ...options.envelopes },
    listShape: options.listShape ?? 'paged',
    requireDeleteSignature: options.requireDeleteSignature ?? false,
  };

  const existing = (customerId: string): Customer => {
    const customer = store.get(customerId);
    if (!customer) throw sandboxError(`no customer ${customerId}.`);
    return customer;
  };
  const save = (customerId: string, patch: Partial<Customer>): Customer => store.update(customerId, { ...patch, updated_at: now().toISOString() })!;

  const sandbox: PaycombatSandbox = {
    handlers: [],
    store,
    deletedIds,
    faults,
    token,
    signatureKey,
    baseUrl,
    paths,
    settings,
    now,
    customer: (customerId) => store.get(customerId),
    missingFields: (customerId) => missingWalletFields(existing(customerId)),
    setGcaStatus(customerId, status) {
      const customer = existing(customerId);
      const from = (customer.gca_activation_status ?? 'NOT_STARTED') as GcaActivationStatus;
      gcaLifecycle.assertMoveTo(from, status, { by: 'provider' });
      if (status === 'APPROVAL_PENDING' && customer.is_wallet_ready !== true) throw sandboxError('GCA activation needs a wallet-ready customer (spec §9.4).');
      const completed = status === 'COMPLETED';
      return save(customerId, { gca_activation_status: status, is_gca_enabled: completed, ...(completed && { gca_activated_at: now().toISOString() }) });
    },
    setReviewStatus(customerId, status) {
      const customer = existing(customerId);
      if (reviewLifecycle.isState(customer.status)) reviewLifecycle.assertMoveTo(customer.status, status, { by: 'provider' });
      return save(customerId, { status });
    },
    setActive: (customerId, active) => (existing(customerId), save(customerId, { is_active: active })),
    webhooks: {
      payin: (overrides) => payinPayload(overrides, now()),
      payout: (overrides) => payoutPayload(overrides, now()),
      sign: (payload) => signWebhook(payload, signatureKey),
      async deliver(url, payload, fetchImplementation = fetch) {
        const { body, headers } = await signWebhook(payload, signatureKey);
        return fetchImplementation(url, { method: 'POST', body, headers });
      },
    },
    reset() {
      store.reset();
      deletedIds.clear();
      faults.clear();
    },
  };
  (sandbox.handlers as RequestHandler[]).push(...createSandboxHandlers(sandbox, deletedIds));
  return sandbox;
}
