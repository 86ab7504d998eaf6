import type { RequestHandler } from 'msw';
import { PAYABLI_ENVIRONMENTS } from '../payabli-options.js';
import { createMockHandlers } from './mock-handlers.js';
import { PayabliSandbox, type PayabliSandboxOptions } from './payabli-sandbox.js';

/** Options of {@link createPayabliMock}. */
export interface PayabliMockOptions extends PayabliSandboxOptions {
  /** The API root the handlers answer under. @default the sandbox URL, `https://api-sandbox.payabli.com/api` */
  baseUrl?: string;
}

/** A stateful Payabli mock: MSW handlers plus the sandbox state they answer from. */
export interface PayabliMock {
  /** Pass them to `setupServer(...)` / `setupWorker(...)` or `server.use(...)`. */
  handlers: RequestHandler[];
  /** State, sandbox controls (`lockCustomer`, `confirmConsent`, `expireTokens`, `webhookDelivery`) and `faults`. */
  sandbox: PayabliSandbox;
  /** The API root the handlers answer under; pass it as the client's `baseUrl` when it is not the sandbox URL. */
  baseUrl: string;
}

/**
 * A Payabli sandbox in memory, for tests and demos: every customer endpoint, OAuth tokens, identifier
 * matching, filters and paging as Payabli applies them, idempotency keys answered with 409 on reuse,
 * Payabli's response envelopes, and failure injection.
 *
 * ```ts
 * const mock = createPayabliMock();
 * const server = setupServer(...mock.handlers);
 * const payabli = createPayabli({ apiKey: PAYABLI_MOCK_CREDENTIALS.apiKey, environment: 'sandbox' });
 * mock.sandbox.faults.inject({ kind: 'reset_after_processing' }, { method: 'POST', path: '/Customer/single/' });
 * ```
 */
export function createPayabliMock(options: PayabliMockOptions = {}): PayabliMock {
  const { baseUrl = PAYABLI_ENVIRONMENTS.sandbox, ...sandboxOptions } = options;
  const sandbox = new PayabliSandbox(sandboxOptions);
  return { handlers: createMockHandlers(sandbox, baseUrl), sandbox, baseUrl };
}

/**
 * The same function as {@link createPayabliMock}, under the name the other providers' mocks use
 * (`createSgateSandbox`, `createPaycombatSandbox`, `createPaybaseSandbox`). It returns the same
 * {@link PayabliMock} (`{ handlers, sandbox, baseUrl }`); `createPayabliMock` stays supported.
 *
 * ```ts
 * const mock = createPayabliSandbox();
 * const server = setupServer(...mock.handlers);
 * ```
 */
export const createPayabliSandbox: (options?: PayabliMockOptions) => PayabliMock = createPayabliMock;
