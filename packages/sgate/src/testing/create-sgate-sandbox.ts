import { parseRsaKey, type RsaPublicKey } from '@clientele/core';
import { applyFault, type Fault, type FaultMatch, FailureInjector, type FaultRenderer } from '@clientele/core/testing';
import { http, type RequestHandler } from 'msw';
import { sgateCustomerLifecycle, sgateCustomerState, sgateCustomerStatus, type SgateCustomerState } from '../sgate-lifecycle.js';
import { pureRsaEngine } from '../rsa/rsa-pkcs1.js';
import type { RsaEngine } from '../rsa/rsa-engine.js';
import type { SgateKeyInput, SgateOptions } from '../sgate-options.js';
import { SGATE_HOSTS, SGATE_PATHS, SGATE_SERVICE_ROOT } from '../sgate-paths.js';
import { canonicalStcAccount } from '../sgate-patterns.js';
import { SAUDI_BANKS, testAccountResult } from './sandbox-accounts.js';
import { customerCallback, type SgateCallbackDelivery } from './sandbox-callbacks.js';
import * as endpoints from './sandbox-customers.js';
import { SandboxFailure } from './sandbox-failure.js';
import { authenticate, forgedSignature, type SandboxProtocol, type SandboxResult, signedResponse, signedUrlOf, successResponse } from './sandbox-protocol.js';
import { SGATE_TEST_KEYS } from './sandbox-keys.js';
import { type SandboxCustomer, SandboxCustomers, type SandboxOtp } from './sandbox-store.js';

/** Options of {@link createSgateSandbox}. Every one has a working default. */
export interface SgateSandboxOptions {
  /** The merchant API key the sandbox accepts. @default 'sgate-sandbox-api-key-0001' */
  apiKey?: string;
  /** The merchant public key SGATE "has on file": verifies requests, encrypts response fields. @default SGATE_TEST_KEYS.merchantPublicKey */
  merchantPublicKey?: SgateKeyInput;
  /** The system private key: signs responses and callbacks, decrypts request fields. @default SGATE_TEST_KEYS.systemPrivateKey */
  systemPrivateKey?: SgateKeyInput;
  /** Scheme and host the handlers answer on. @default SGATE's sandbox host, http://vbank.test.sgate.sa */
  baseUrl?: string;
  /** Largest accepted |V-Timestamp − sandbox clock|, in seconds (SGATE does not document it). @default 300 */
  timestampWindowSeconds?: number;
  /** Refuse a nonce seen within the window (1209). @default true */
  rejectReusedNonces?: boolean;
  /**
   * Delay before a pending customer with a sandbox test account gets its scripted review result, in
   * milliseconds; `'manual'` waits for `sandbox.settle()`. @default 0 (the next macrotask)
   */
  reviewDelayMs?: number | 'manual';
  /** The merchant's registered callback URL; `undefined` sends no callbacks. @default 'https://merchant.example/sgate/callback' */
  callbackUrl?: string | undefined;
  /** Called with every callback the sandbox sends (they are also kept in `sandbox.callbacks`). */
  onCallback?: (delivery: SgateCallbackDelivery) => void;
  /** Bank codes the sandbox knows, code → name. @default the 12 Saudi banks of `/payee/banks` */
  banks?: Readonly<Record<string, string>>;
  /**
   * Answer 1211 to requests without a User-Agent, as SGATE does. @default true, except in browsers, where
   * the browser sets the User-Agent below `fetch` and a service-worker mock never sees it
   */
  requireUserAgent?: boolean;
  /** The RSA engine of the sandbox. @default the pure-JavaScript engine (every runtime) */
  engine?: RsaEngine;
  /** The sandbox's clock in milliseconds. @default Date.now */
  now?: () => number;
}

/** A stateful SGATE sandbox served by MSW handlers: `server.use(...sandbox.handlers)`. */
export interface SgateSandbox {
  /** MSW handlers for every customer endpoint under `<baseUrl>/openApi/v1`. */
  readonly handlers: RequestHandler[];
  /** Faults for the next matching requests: rate limits (code 1212), 5xx, resets, timeouts, bad or missing signatures, clock skew. */
  readonly faults: FailureInjector;
  /**
   * Answers the next matching requests with SGATE status `code` (a signed envelope), e.g. `failNext(1311)`.
   * The request is not processed.
   */
  failNext(code: number, options?: FaultMatch & { times?: number; message?: string }): void;
  /** The stored customers, in plaintext (mock state included). */
  readonly customers: {
    /** Every stored customer, in insertion order (copies: changing them does not change the sandbox). */
    all(): SandboxCustomer[];
    /** The customer with SGATE's id `customid`, or `undefined`. */
    get(customid: string): SandboxCustomer | undefined;
    /** The customer with your `mercustomid`, or `undefined`. */
    byMercustomid(mercustomid: string): SandboxCustomer | undefined;
    /** How many customers are stored. */
    readonly size: number;
  };
  /** SGATE's back office: the moves only SGATE makes. Each fires a callback; an illegal move throws a TransitionError. */
  readonly admin: {
    /** Approves a pending customer (status 0 → 1). `remark` becomes `statusdesc` (default `'Approved'`). */
    approve(customid: string, remark?: string): SandboxCustomer;
    /** Rejects a pending customer (status 0 → 2). `remark` becomes `statusdesc` (default `'Rejected'`). */
    reject(customid: string, remark?: string): SandboxCustomer;
    /** Bans a pending or approved customer (status → 3). `remark` becomes `statusdesc` (default `'Banned'`). */
    ban(customid: string, remark?: string): SandboxCustomer;
    /** Lifts a ban (status 3 → 1). `remark` becomes `statusdesc` (default `'ok'`). */
    unban(customid: string, remark?: string): SandboxCustomer;
  };
  /** The current STCPay OTP code sent to a number (any format), as the customer would read it in the SMS. */
  otpCode(stcaccount: string): string | undefined;
  /** Every callback sent so far, oldest first. */
  readonly callbacks: SgateCallbackDelivery[];
  /** The sandbox's clock skew: `offsetSeconds` is added to its clock (a `clock_skew` fault sets it). */
  readonly clock: { offsetSeconds: number };
  /** Applies every scheduled review now (sandbox test accounts), so tests need no timers. */
  settle(): Promise<void>;
  /** Clears customers, OTPs, callbacks, faults, nonces and the clock offset. */
  reset(): void;
  /**
   * Options for `createSgate` that talk to this sandbox with the test merchant's keys. They include
   * `dangerouslyAllowBrowser: true`, so mock clients also work in browser tests (the keys are test keys).
   */
  clientOptions(overrides?: Partial<SgateOptions>): SgateOptions;
}

const DEFAULT_API_KEY = 'sgate-sandbox-api-key-0001';

function runsInBrowser(): boolean {
  return typeof (globalThis as { document?: unknown }).document !== 'undefined';
}

/**
 * A stateful SGATE sandbox as MSW handlers, for the SDK's tests, the demo and your own tests. It verifies
 * request signatures and timestamps, decrypts sensitive fields with the system private key, validates
 * like SGATE (codes 1102–1311, 1500/1501, 1603–1611), signs every response, applies the sandbox test
 * accounts' review results (spec §7), moves statuses as SGATE does (spec §5.2) and sends signed callbacks.
 *
 * ```ts
 * const sandbox = createSgateSandbox();
 * server.use(...sandbox.handlers);
 * const sgate = createSgate(sandbox.clientOptions());
 * ```
 */
export function createSgateSandbox(options: SgateSandboxOptions = {}): SgateSandbox {
  const engine = options.engine ?? pureRsaEngine;
  const host = new URL(options.baseUrl ?? SGATE_HOSTS.sandbox).origin;
  const clock = { offsetSeconds: 0 };
  const now = options.now ?? (() => Date.now());
  const protocol: SandboxProtocol = {
    apiKey: options.apiKey ?? DEFAULT_API_KEY,
    merchantPublicKey: parseRsaKey(options.merchantPublicKey ?? SGATE_TEST_KEYS.merchantPublicKey, { expect: 'public', label: 'merchantPublicKey' }) as RsaPublicKey,
    systemPrivateKey: parseRsaKey(options.systemPrivateKey ?? SGATE_TEST_KEYS.systemPrivateKey, { expect: 'private', label: 'systemPrivateKey' }),
    engine,
    nowSeconds: () => Math.floor(now() / 1000) + clock.offsetSeconds,
    timestampWindowSeconds: options.timestampWindowSeconds ?? 300,
    rejectReusedNonces: options.rejectReusedNonces ?? true,
    seenNonces: new Map(),
    requireUserAgent: options.requireUserAgent ?? !runsInBrowser(),
  };
  const callbackUrl = options.callbackUrl === undefined && 'callbackUrl' in options ? undefined : (options.callbackUrl ?? 'https://merchant.example/sgate/callback');
  const customers = new SandboxCustomers();
  const otps = new Map<string, SandboxOtp>();
  const callbacks: SgateCallbackDelivery[] = [];
  const faults = new FailureInjector();
  const reviews = new Map<string, { result: 1 | 2; timer?: ReturnType<typeof setTimeout> }>();

  const runtime: endpoints.SandboxRuntime = {
    protocol,
    customers,
    otps,
    banks: options.banks ?? SAUDI_BANKS,
    fileBaseUrl: 'https://sandbox-files.sgate.example',
    statusChanged(_before, after) {
      if (callbackUrl !== undefined) {
        const delivery = customerCallback(protocol, callbackUrl, after);
        callbacks.push(delivery);
        options.onCallback?.(delivery);
      }
      if (after.status === 0) scheduleReview(after);
    },
  };

  /** A customer entering pending with a test account gets its scripted result (spec §7.4); others wait for `admin`. */
  function scheduleReview(customer: SandboxCustomer): void {
    const outcome = testAccountResult(customer);
    const autoApproved = customer.autoapproval === 1 && customer.stcVerified;
    if (!outcome && !autoApproved) return;
    const result = outcome ? (outcome.customer === 'normal' ? 1 : 2) : 1;
    const review: { result: 1 | 2; timer?: ReturnType<typeof setTimeout> } = { result };
    const previous = reviews.get(customer.customid);
    if (previous?.timer) clearTimeout(previous.timer);
    reviews.set(customer.customid, review);
    if (options.reviewDelayMs !== 'manual') review.timer = setTimeout(() => applyReview(customer.customid), options.reviewDelayMs ?? 0);
  }

  function applyReview(customid: string): void {
    const review = reviews.get(customid);
    reviews.delete(customid);
    const customer = customers.get(customid);
    if (!review || !customer || customer.status !== 0) return;
    endpoints.saveCustomer(runtime, customer, { status: review.result, statusdesc: review.result === 1 ? 'Approved' : 'Rejected' });
  }

  function adminMove(event: 'approve' | 'reject' | 'ban' | 'unban', customid: string, remark?: string): SandboxCustomer {
    const customer = customers.get(customid);
    if (!customer) throw new Error(`Sandbox customer ${customid} does not exist.`);
    const target: SgateCustomerState = sgateCustomerLifecycle.assert(sgateCustomerState(customer.status), event, { by: 'provider' });
    const status = sgateCustomerStatus(target);
    return endpoints.saveCustomer(runtime, customer, { status, statusdesc: remark ?? { approve: 'Approved', reject: 'Rejected', ban: 'Banned', unban: 'ok' }[event] });
  }

  type Route = (params: Record<string, unknown>, form: FormData | undefined) => SandboxResult | Promise<SandboxResult>;
  const routes: Record<string, Route> = {
    [`POST ${SGATE_PATHS.createCustomer}`]: (params) => endpoints.createCustomer(runtime, params),
    [`POST ${SGATE_PATHS.updateCustomer}`]: (params) => endpoints.updateCustomer(runtime, params),
    [`GET ${SGATE_PATHS.retrieveCustomer}`]: (params) => endpoints.retrieveCustomer(runtime, params),
    [`GET ${SGATE_PATHS.listCustomers}`]: (params) => endpoints.listCustomers(runtime, params),
    [`POST ${SGATE_PATHS.uploadCustomerFile}`]: (_params, form) => endpoints.uploadCustomerFile(runtime, form ?? new FormData()),
    [`POST ${SGATE_PATHS.submitStcOtp}`]: (params) => endpoints.submitStcOtp(runtime, params),
    [`POST ${SGATE_PATHS.resendStcOtp}`]: (params) => endpoints.resendStcOtp(runtime, params),
  };

  async function handle(request: Request): Promise<Response> {
    const signed = { url: signedUrlOf(request), method: request.method };
    const multipart = (request.headers.get('content-type') ?? '').startsWith('multipart/form-data');
    const form = multipart ? await request.formData() : undefined;
    const text = multipart ? '' : await request.text();
    try {
      authenticate(protocol, request, text);
      const path = new URL(request.url).pathname.slice(SGATE_SERVICE_ROOT.length);
      const route = routes[`${request.method} ${path}`];
      if (!route) return new Response('Not Found', { status: 404 });
      let params: Record<string, unknown>;
      if (request.method === 'GET') params = Object.fromEntries(new URL(request.url).searchParams);
      else if (form) params = {};
      else {
        try {
          params = JSON.parse(text) as Record<string, unknown>;
        } catch {
          throw new SandboxFailure(1103, 'Parameter validation failed: the body is not JSON');
        }
        if (typeof params !== 'object' || params === null || Array.isArray(params)) throw new SandboxFailure(1103);
      }
      return successResponse(protocol, signed, await route(params, form));
    } catch (error) {
      if (error instanceof SandboxFailure) return signedResponse(protocol, signed, { code: error.code, message: error.message });
      throw error;
    }
  }

  function renderer(request: Request): FaultRenderer {
    const signed = { url: signedUrlOf(request), method: request.method };
    return {
      rateLimit(fault) {
        const headers: Record<string, string> = {};
        if (fault.retryAfterSeconds !== undefined) headers['retry-after'] = String(fault.retryAfterSeconds);
        if (fault.retryAfterMs !== undefined) headers['retry-after-ms'] = String(fault.retryAfterMs);
        // SGATE rate-limits with HTTP 200 and code 1212 (spec §6).
        return signedResponse(protocol, signed, { code: 1212, message: 'Rate limit triggered' }, { headers });
      },
      serverError: (fault) => new Response('', { status: fault.status ?? 500 }),
      async tamperSignature(response, fault) {
        const headers = new Headers(response.headers);
        if (fault.kind === 'missing_signature') headers.delete('v-signature');
        else headers.set('v-signature', forgedSignature(protocol));
        return new Response(await response.text(), { status: response.status, headers });
      },
    };
  }

  const handler = http.all(`${host}${SGATE_SERVICE_ROOT}/*`, async ({ request }) => {
    let fault: Fault | undefined = faults.take(request);
    if (fault?.kind === 'clock_skew') {
      // A drifted clock stays drifted: from this request on, the sandbox's clock is off by `seconds`.
      clock.offsetSeconds = fault.seconds;
      fault = undefined;
    }
    return applyFault(fault, request, () => handle(request.clone()), renderer(request));
  });

  return {
    handlers: [handler],
    faults,
    failNext(code, failOptions = {}) {
      const { message, ...match } = failOptions;
      faults.inject({ kind: 'custom', respond: (request) => signedResponse(protocol, { url: signedUrlOf(request), method: request.method }, { code, message }) }, match);
    },
    customers: {
      all: () => customers.all(),
      get: (customid) => customers.get(customid),
      byMercustomid: (mercustomid) => customers.byMercustomid(mercustomid),
      get size() {
        return customers.size;
      },
    },
    admin: {
      approve: (customid, remark) => adminMove('approve', customid, remark),
      reject: (customid, remark) => adminMove('reject', customid, remark),
      ban: (customid, remark) => adminMove('ban', customid, remark),
      unban: (customid, remark) => adminMove('unban', customid, remark),
    },
    otpCode: (stcaccount) => otps.get(canonicalStcAccount(stcaccount))?.code,
    callbacks,
    clock,
    async settle() {
      for (const [customid, review] of [...reviews]) {
        if (review.timer) clearTimeout(review.timer);
        applyReview(customid);
      }
    },
    reset() {
      for (const review of reviews.values()) if (review.timer) clearTimeout(review.timer);
      reviews.clear();
      customers.reset();
      otps.clear();
      callbacks.length = 0;
      faults.clear();
      protocol.seenNonces.clear();
      clock.offsetSeconds = 0;
    },
    clientOptions(overrides = {}) {
      return {
        apiKey: protocol.apiKey,
        merchantPrivateKey: SGATE_TEST_KEYS.merchantPrivateKey,
        systemPublicKey: SGATE_TEST_KEYS.systemPublicKeyBase64,
        environment: 'sandbox',
        baseUrl: host,
        dangerouslyAllowBrowser: true,
        ...overrides,
      };
    },
  };
}
