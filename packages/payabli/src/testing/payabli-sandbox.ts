import { randomString } from '@clientele/core';
import { FailureInjector, MockStore } from '@clientele/core/testing';
import type { PayabliCustomerRecord } from '../schemas/customer-record.js';
import { newRecord, payabliTime, type MockPaypoint } from './mock-records.js';

/** Credentials the mock accepts by default. Test values only. */
export const PAYABLI_MOCK_CREDENTIALS = Object.freeze({
  apiKey: 'mock-payabli-request-token',
  clientId: 'mock-payabli-client-id',
  clientSecret: 'mock-payabli-client-secret',
});

/** The paypoints of a new sandbox: two in organization 123. */
export const DEFAULT_MOCK_PAYPOINTS: readonly MockPaypoint[] = Object.freeze([
  { entry: '8cfec329267', paypointId: 255, orgId: 123, legalName: 'Gruzya Adventure Outfitters, LLC', dbaName: 'Gruzya Adventure Outfitters', orgName: 'Pilgrim Planner', identifierFields: ['email'] },
  { entry: '41035afaa7', paypointId: 256, orgId: 123, legalName: 'Riverside Camping Supply, Inc.', dbaName: 'Riverside Camping', orgName: 'Pilgrim Planner', identifierFields: ['email'] },
]);

/** Options of the sandbox (and of `createPayabliMock`). */
export interface PayabliSandboxOptions {
  /** API tokens accepted as `requestToken`. @default [PAYABLI_MOCK_CREDENTIALS.apiKey] */
  apiKeys?: readonly string[];
  /** OAuth clients accepted by the token endpoint. @default the mock client of PAYABLI_MOCK_CREDENTIALS */
  oauthClients?: readonly { clientId: string; clientSecret: string }[];
  /** @default DEFAULT_MOCK_PAYPOINTS */
  paypoints?: readonly MockPaypoint[];
  /** `expires_in` of issued tokens, in seconds. @default 3600 */
  tokenLifetimeSeconds?: number;
  /** How long an idempotency key is remembered, in milliseconds (spec §8 says 1–2 minutes). @default 120_000 */
  idempotencyWindowMs?: number;
  /** The mock's clock, in milliseconds. @default Date.now */
  now?: () => number;
}

/**
 * The state of the Payabli mock: paypoints, customers, idempotency keys, OAuth tokens, transaction links and
 * consent e-mails, plus `faults` for failure injection and sandbox controls for provider-side moves.
 */
export class PayabliSandbox {
  /** Faults for the next matching requests (see `FailureInjector`). */
  readonly faults = new FailureInjector();
  /** Customers by id (as strings). Records are stored in Payabli's response shape. */
  readonly customers = new MockStore<PayabliCustomerRecord>();
  /** Paypoints by entry name. */
  readonly paypoints = new Map<string, MockPaypoint>();
  /** Transaction id → customer id, from linkTransaction. */
  readonly links = new Map<string, number>();
  /** Customer ids, one entry per consent e-mail sent. */
  readonly consentEmails: number[] = [];
  /** How many OAuth tokens the token endpoint issued. */
  tokensIssued = 0;
  /** API tokens accepted as `requestToken`; add to it to accept more. */
  readonly apiKeys: Set<string>;
  /** OAuth client id → client secret, accepted by the token endpoint. */
  readonly oauthClients: Map<string, string>;
  /** `expires_in` of issued tokens, in seconds. */
  readonly tokenLifetimeSeconds: number;
  /** How long an idempotency key is remembered, in milliseconds. */
  readonly idempotencyWindowMs: number;
  /** The mock's clock, in milliseconds since the epoch. */
  readonly now: () => number;
  readonly #tokens = new Map<string, number>();
  readonly #idempotencyKeys = new Map<string, number>();
  readonly #initialPaypoints: readonly MockPaypoint[];
  #nextCustomerId = 4440;

  constructor(options: PayabliSandboxOptions = {}) {
    this.apiKeys = new Set(options.apiKeys ?? [PAYABLI_MOCK_CREDENTIALS.apiKey]);
    this.oauthClients = new Map((options.oauthClients ?? [PAYABLI_MOCK_CREDENTIALS]).map((client) => [client.clientId, client.clientSecret]));
    this.tokenLifetimeSeconds = options.tokenLifetimeSeconds ?? 3600;
    this.idempotencyWindowMs = options.idempotencyWindowMs ?? 120_000;
    this.now = options.now ?? (() => Date.now());
    this.#initialPaypoints = options.paypoints ?? DEFAULT_MOCK_PAYPOINTS;
    this.reset();
  }

  /** Adds (or replaces) a paypoint. */
  addPaypoint(paypoint: MockPaypoint): void {
    this.paypoints.set(paypoint.entry, { ...paypoint, identifierFields: [...(paypoint.identifierFields ?? ['email'])] });
  }

  /** Stores a customer directly, as if created earlier (for seeding lists). Takes CustomerData field names. */
  seedCustomer(entry: string, body: Record<string, unknown>): PayabliCustomerRecord {
    const paypoint = this.paypoints.get(entry);
    if (!paypoint) throw new Error(`Unknown mock paypoint "${entry}"; add it with addPaypoint first.`);
    const record = newRecord(body, paypoint, this.#nextCustomerId++, this.now());
    return this.customers.insert(String(record.customerId), record);
  }

  /** The stored record of a customer, or `undefined`. */
  customer(customerId: number): PayabliCustomerRecord | undefined {
    return this.customers.get(String(customerId));
  }

  /** Provider-side move: Payabli locks a customer (status 85) after repeated failed portal logins. */
  lockCustomer(customerId: number): PayabliCustomerRecord {
    const record = this.customer(customerId);
    if (!record || record.customerStatus === -99) throw new Error(`Mock customer ${customerId} does not exist or is deleted.`);
    return this.customers.update(String(customerId), { customerStatus: 85, LastUpdated: payabliTime(this.now()) })!;
  }

  /** Provider-side move: the customer opted in from the consent e-mail (status 1 on both channels). */
  confirmConsent(customerId: number): PayabliCustomerRecord {
    const updatedAt = payabliTime(this.now());
    return this.customers.update(String(customerId), { customerConsent: { eCommunication: { status: 1, updatedAt }, sms: { status: 1, updatedAt } } })!;
  }

  /** Makes every issued OAuth token invalid, as if it had expired or been revoked. */
  expireTokens(): void {
    this.#tokens.clear();
  }

  /** Issues an OAuth token for a known client, or `undefined` for wrong credentials. */
  issueToken(clientId: unknown, clientSecret: unknown): string | undefined {
    if (typeof clientId !== 'string' || this.oauthClients.get(clientId) !== clientSecret) return undefined;
    const token = `mock-oauth-${randomString(32)}`;
    this.#tokens.set(token, this.now() + this.tokenLifetimeSeconds * 1000);
    this.tokensIssued += 1;
    return token;
  }

  /** Whether a bearer token is known and unexpired. */
  isTokenValid(token: string): boolean {
    const expiresAt = this.#tokens.get(token);
    return expiresAt !== undefined && this.now() < expiresAt;
  }

  /** Records an idempotency key; `false` when it was already used within the window (Payabli answers 409). */
  claimIdempotencyKey(key: string): boolean {
    const usedAt = this.#idempotencyKeys.get(key);
    const now = this.now();
    if (usedAt !== undefined && now - usedAt < this.idempotencyWindowMs) return false;
    this.#idempotencyKeys.set(key, now);
    return true;
  }

  /** The next customer id. */
  nextCustomerId(): number {
    return this.#nextCustomerId++;
  }

  /**
   * A webhook delivery as Payabli would POST it: the JSON body and the shared-secret header you configured
   * under `webHeaderParameters` (Payabli does not sign payloads, spec §10).
   */
  webhookDelivery(payload: { Event: string; [field: string]: unknown }, options: { secret: string; headerName?: string }): { headers: Record<string, string>; body: string } {
    return {
      headers: { 'content-type': 'application/json', [(options.headerName ?? 'authorization').toLowerCase()]: options.secret },
      body: JSON.stringify(payload),
    };
  }

  /** Back to the initial state: no customers, keys, tokens, links or faults; the initial paypoints. */
  reset(): void {
    this.faults.clear();
    this.customers.reset();
    this.paypoints.clear();
    for (const paypoint of this.#initialPaypoints) this.addPaypoint(paypoint);
    this.links.clear();
    this.consentEmails.length = 0;
    this.tokensIssued = 0;
    this.#tokens.clear();
    this.#idempotencyKeys.clear();
    this.#nextCustomerId = 4440;
  }
}
