import { ClienteleError, ERROR_ADVICE, type ClienteleErrorOptions, type ErrorKind, type Interpretation, type ResponseContext, type RetryClass } from '@clientele/core';

/** How one HTTP status of Payabli is classified (spec §3.3). Data, not code: the docs table is generated from it. */
export interface PayabliStatusRule {
  kind: ErrorKind;
  /** `'unprocessed'`: retried for every method; `'if-idempotent'`: only for GET/PUT/DELETE or a keyed create. */
  retry: RetryClass;
  meaning: string;
}

/**
 * Payabli's HTTP statuses for the customer endpoints: 200, 400, 401, 500 and 503 are declared on every
 * endpoint; 409 (reused `idempotencyKey`) and 429 (rate limit) are documented elsewhere (spec §3.3, §8, §9).
 */
export const PAYABLI_STATUS_RULES: Readonly<Record<number, PayabliStatusRule>> = {
  400: { kind: 'validation', retry: 'never', meaning: 'Bad request or invalid data (the body says which).' },
  401: { kind: 'authentication', retry: 'never', meaning: 'Missing, wrong or expired `requestToken` / bearer token.' },
  403: { kind: 'permission', retry: 'never', meaning: 'The token may not do this (token type, IP allowlist).' },
  404: { kind: 'not_found', retry: 'never', meaning: 'Not documented for customers; handled in case it appears.' },
  409: { kind: 'conflict', retry: 'never', meaning: 'The `idempotencyKey` was already used within its 1–2 minute window.' },
  429: { kind: 'rate_limited', retry: 'unprocessed', meaning: 'Rate limited (200/min, 3000/15 min, 10000/h per token).' },
  500: { kind: 'server', retry: 'if-idempotent', meaning: 'Internal error.' },
  502: { kind: 'server', retry: 'if-idempotent', meaning: 'Bad gateway.' },
  503: { kind: 'server', retry: 'if-idempotent', meaning: 'Database connection error.' },
  504: { kind: 'server', retry: 'if-idempotent', meaning: 'Gateway timeout.' },
};

/** Payabli `responseCode` values relevant to customers (spec §3.4) and what they mean. */
export const PAYABLI_RESPONSE_CODES: Readonly<Record<number, { kind: ErrorKind; meaning: string }>> = {
  3001: { kind: 'not_found', meaning: 'Invalid entrypoint name: no paypoint with this `entry` exists.' },
  3003: { kind: 'validation', meaning: 'Invalid parameter value.' },
  3004: { kind: 'validation', meaning: 'Invalid `timeZone`: it must be a whole number from -12 to 12.' },
  3005: { kind: 'not_found', meaning: 'Invalid paypoint ID.' },
  3006: { kind: 'validation', meaning: 'Invalid status: the API accepts 0, 1 and 85 (use delete() for -99).' },
};

/** Extra fields of a {@link PayabliError}; none of them holds a credential. */
export interface PayabliErrorDetails {
  /** Payabli's `responseText` ("Declined", "Invalid customer identifiers: email", …). */
  responseText?: string | undefined;
  /** `responseData.explanation` of an error body. */
  explanation?: string | undefined;
  /** `responseData.todoAction` of an error body: what Payabli suggests doing. */
  todoAction?: string | undefined;
  /** The idempotency key of the refused create (HTTP 409). Not a secret; quote it when reconciling. */
  idempotencyKey?: string | undefined;
  /** True on a 409 for a reused key: a customer may already exist from an earlier attempt. Look it up before creating again. */
  possiblyCreated?: boolean | undefined;
}

/**
 * An error Payabli reported: an HTTP error status, or HTTP 200 with `isSuccess: false`. Switch on `kind`;
 * `code` is Payabli's `responseCode` when it sent one.
 */
export class PayabliError extends ClienteleError {
  override readonly name: string = 'PayabliError';
  readonly responseText: string | undefined;
  readonly explanation: string | undefined;
  readonly todoAction: string | undefined;
  readonly idempotencyKey: string | undefined;
  readonly possiblyCreated: boolean | undefined;

  constructor(options: ClienteleErrorOptions & PayabliErrorDetails) {
    super(options);
    this.responseText = options.responseText;
    this.explanation = options.explanation;
    this.todoAction = options.todoAction;
    this.idempotencyKey = options.idempotencyKey;
    this.possiblyCreated = options.possiblyCreated;
  }

  protected override details(): Record<string, unknown> {
    const view: Record<string, unknown> = {};
    for (const key of ['responseText', 'explanation', 'todoAction', 'idempotencyKey', 'possiblyCreated'] as const) {
      if (this[key] !== undefined) view[key] = this[key];
    }
    return view;
  }
}

/** A `configuration` error: the client was built with bad options. */
export function configurationError(message: string): ClienteleError {
  return new ClienteleError({ kind: 'configuration', provider: 'payabli', message });
}

/** What an error body (or a failed success envelope) says, already read case-insensitively. */
export interface PayabliErrorBody {
  responseText?: string | undefined;
  responseCode?: number | undefined;
  explanation?: string | undefined;
  todoAction?: string | undefined;
}

/**
 * The `ok: false` interpretation of a Payabli failure. Never throws. Provider texts are scrubbed of the
 * client's secrets and cut to 300 characters.
 */
export function payabliFailure(response: ResponseContext, body: PayabliErrorBody, scrub: (text: string) => string): Interpretation & { ok: false } {
  const { status, attempt } = response;
  const clean = (text: string | undefined) => (text === undefined || text.trim() === '' ? undefined : scrub(text.trim()).slice(0, 300));
  const responseText = clean(body.responseText);
  const explanation = clean(body.explanation);
  const todoAction = clean(body.todoAction);
  const codeRule = body.responseCode === undefined ? undefined : PAYABLI_RESPONSE_CODES[body.responseCode];
  const statusRule = PAYABLI_STATUS_RULES[status] ?? (status >= 500 ? PAYABLI_STATUS_RULES[500]! : undefined);
  const notFound = (status === 400 || status < 300) && /not\s*found|does not exist/i.test(`${responseText ?? ''} ${explanation ?? ''}`);
  const kind: ErrorKind = status === 409 || status === 429 || status >= 500 || status === 401 || status === 403
    ? statusRule!.kind
    : codeRule?.kind ?? (notFound ? 'not_found' : statusRule?.kind ?? 'validation');
  const retry: RetryClass = status < 300 ? 'never' : statusRule?.retry ?? 'never';
  const said = [responseText, explanation, todoAction].filter(Boolean).join(' — ');
  const code = body.responseCode === undefined ? '' : ` [${body.responseCode}]`;
  const where = status < 300 ? `HTTP ${status} with isSuccess: false` : `HTTP ${status}`;
  const idempotencyConflict = status === 409 && attempt.idempotencyKey !== undefined;
  const advice = idempotencyConflict ? conflictAdvice(attempt.attempt) : codeRule ? `${codeRule.meaning} ${ERROR_ADVICE[kind]}` : ERROR_ADVICE[kind];
  return {
    ok: false,
    retry,
    error: new PayabliError({
      kind,
      provider: 'payabli',
      status,
      code: body.responseCode,
      providerMessage: said || undefined,
      retryable: retry !== 'never',
      message: `payabli ${attempt.operation} failed (${where}${code})${said ? `: ${said}` : ''}. ${advice}`,
      responseText,
      explanation,
      todoAction,
      ...(idempotencyConflict ? { idempotencyKey: attempt.idempotencyKey, possiblyCreated: true } : {}),
    }),
  };
}

function conflictAdvice(attemptNumber: number): string {
  const why = attemptNumber > 0
    ? 'Payabli had already received this idempotency key from an earlier attempt of this same call, which failed in transit (reset, timeout or an unreadable response): that attempt most likely created the customer.'
    : 'Payabli had already received this idempotency key within the last 1–2 minutes, from another call that passed the same `idempotencyKey`.';
  return `${why} Payabli does not replay the first response, so look the customer up (e.g. customers.list(entry, { filters: { email: { eq: … } } })) instead of creating it again; use a fresh key only for a genuinely new customer.`;
}

/**
 * The `not_found` error of a `customers.delete` whose final attempt was not the first (`attempts > 1`): an
 * earlier attempt failed in transit after Payabli may have processed it, so "not found" may mean "already
 * deleted". It is still an error, because the id may also be wrong. Keeps the fields of `error`.
 */
export function repeatedDeleteError(error: ClienteleError): PayabliError {
  const details = error instanceof PayabliError ? error : undefined;
  const said = error.providerMessage ? ` (Payabli: ${error.providerMessage})` : '';
  return new PayabliError({
    kind: 'not_found',
    provider: 'payabli',
    status: error.status,
    code: error.code,
    providerMessage: error.providerMessage,
    requestId: error.requestId,
    retryable: false,
    attempts: error.attempts,
    responseText: details?.responseText,
    explanation: details?.explanation,
    todoAction: details?.todoAction,
    message:
      `payabli customers.delete: Payabli answered "not found" on attempt ${error.attempts ?? '?'}${said}. An earlier attempt of this call failed in transit ` +
      '(reset, timeout or an unreadable response) and may already have deleted the customer. Check with customers.retrieve(customerId) ' +
      '(a deleted customer has customerStatus -99) before assuming the id is wrong.',
  });
}
