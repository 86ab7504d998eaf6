import { ClienteleError, ERROR_ADVICE, errorKindForStatus, ValidationError, type ErrorKind, type Interpretation, type ResponseContext, type RetryClass, type ValidationIssue } from '@clientele/core';
import type { Unwrapped } from './paycombat-envelope.js';

/** How one Paycombat/Finmo failure is classified. */
export interface PaycombatErrorRule {
  kind: ErrorKind;
  retry: RetryClass;
  /** What the code means, for docs. */
  meaning: string;
}

/**
 * HTTP statuses (and Finmo `status_code`s, which use the same numbers) → error kind and retry class (spec §6).
 * Only 429, 502, 503 and 504 are retried; 429 for every method (the request was not processed), the others
 * only for GET. Statuses not listed fall back to core's `errorKindForStatus` and are never retried.
 */
export const PAYCOMBAT_STATUS_RULES: Readonly<Record<number, PaycombatErrorRule>> = Object.freeze({
  400: { kind: 'validation', retry: 'never', meaning: 'Missing or invalid parameter.' },
  401: { kind: 'authentication', retry: 'never', meaning: 'Invalid API token, or a signature that does not match the body.' },
  402: { kind: 'conflict', retry: 'never', meaning: 'Valid parameters, but the request failed (e.g. a delete refused while the customer holds wallets or funds).' },
  403: { kind: 'permission', retry: 'never', meaning: 'Forbidden for this merchant.' },
  404: { kind: 'not_found', retry: 'never', meaning: 'Not found (also a deleted customer).' },
  406: { kind: 'validation', retry: 'never', meaning: 'Values not acceptable.' },
  409: { kind: 'conflict', retry: 'never', meaning: 'Conflict with the current state or an earlier request.' },
  422: { kind: 'validation', retry: 'never', meaning: 'Laravel validation failure; `errors` lists the fields.' },
  429: { kind: 'rate_limited', retry: 'unprocessed', meaning: 'Rate limited; retried with backoff, honouring Retry-After.' },
  499: { kind: 'server', retry: 'if-idempotent', meaning: 'The upstream may still be processing: read the customer back before repeating a change.' },
  500: { kind: 'server', retry: 'never', meaning: 'Server error; not retried automatically (spec §6).' },
  502: { kind: 'server', retry: 'if-idempotent', meaning: 'Bad gateway; GET is retried.' },
  503: { kind: 'server', retry: 'if-idempotent', meaning: 'Unavailable; GET is retried.' },
  504: { kind: 'server', retry: 'if-idempotent', meaning: 'Gateway timeout; GET is retried.' },
});

/** Finmo `status_text` values → HTTP status, for failures that arrive as HTTP 200 with `success: false`. */
export const PAYCOMBAT_STATUS_TEXTS: Readonly<Record<string, number>> = Object.freeze({
  BAD_REQUEST: 400,
  UNAUTHORIZED: 401,
  PAYMENT_REQUIRED: 402,
  REQUEST_FAILED: 402,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  NOT_ACCEPTABLE: 406,
  CONFLICT: 409,
  UNPROCESSABLE_ENTITY: 422,
  TOO_MANY_REQUESTS: 429,
  INTERNAL_SERVER_ERROR: 500,
  BAD_GATEWAY: 502,
  SERVICE_UNAVAILABLE: 503,
  GATEWAY_TIMEOUT: 504,
});

/**
 * Message patterns → HTTP status, for `status: false` answers that carry nothing but a message (spec §5, U10).
 * Checked in order; the first match wins.
 */
export const PAYCOMBAT_MESSAGE_PATTERNS: readonly (readonly [RegExp, number])[] = Object.freeze([
  [/too many|rate.?limit/i, 429],
  [/signature/i, 401],
  [/unauthori[sz]ed|unauthenticated|invalid (api )?token|token (is )?(invalid|expired)/i, 401],
  [/forbidden|not allowed|permission/i, 403],
  [/not\s*found|does not exist|no query results/i, 404],
  [/already exists|duplicate/i, 409],
] as const);

const FALLBACK: PaycombatErrorRule = { kind: 'validation', retry: 'never', meaning: 'Refused without a code.' };

/** The status that best describes a failure: HTTP first, then Finmo's code, its status text, its message. */
function effectiveStatus(httpStatus: number, unwrapped: Unwrapped | undefined, message: string | undefined): number | undefined {
  if (httpStatus >= 400) return httpStatus;
  const code = unwrapped?.meta.statusCode;
  if (code !== undefined && code >= 400) return code;
  const text = unwrapped?.meta.statusText;
  if (text !== undefined && Object.hasOwn(PAYCOMBAT_STATUS_TEXTS, text)) return PAYCOMBAT_STATUS_TEXTS[text];
  return PAYCOMBAT_MESSAGE_PATTERNS.find(([pattern]) => message !== undefined && pattern.test(message))?.[1];
}

/** The rule for a status: the table, or core's kind for unlisted statuses (never retried). */
export function ruleForStatus(status: number | undefined): PaycombatErrorRule {
  if (status === undefined) return FALLBACK;
  const rule = PAYCOMBAT_STATUS_RULES[status];
  if (rule) return rule;
  if (status >= 400) return { kind: errorKindForStatus(status), retry: 'never', meaning: 'Not listed by Paycombat; classed by its HTTP status.' };
  return FALLBACK;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Field errors in Laravel's `{ errors: { field: [messages] } }` or Finmo's `{ errors: [{ field, message }] }` form. */
export function fieldIssues(detail: Record<string, unknown> | undefined, scrub: (text: string) => string): ValidationIssue[] {
  const errors = detail?.errors ?? (isRecord(detail?.error) ? detail.error.errors ?? detail.error.details : undefined);
  const issues: ValidationIssue[] = [];
  if (isRecord(errors)) {
    for (const [path, messages] of Object.entries(errors)) {
      const list = Array.isArray(messages) ? messages : [messages];
      for (const message of list) if (typeof message === 'string') issues.push({ path, message: scrub(message).slice(0, 300) });
    }
  } else if (Array.isArray(errors)) {
    for (const entry of errors) {
      if (!isRecord(entry)) continue;
      const path = entry.field ?? entry.path ?? entry.param ?? '';
      const message = entry.message ?? entry.msg ?? 'is invalid';
      issues.push({ path: String(path), message: scrub(String(message)).slice(0, 300) });
    }
  }
  return issues.slice(0, 50);
}

function providerMessageOf(unwrapped: Unwrapped | undefined): string | undefined {
  const detail = unwrapped?.detail;
  const nested = isRecord(detail?.error) ? detail.error.message : typeof detail?.error === 'string' ? detail.error : undefined;
  const candidates = [detail?.message, nested, unwrapped?.meta.message];
  return candidates.find((value): value is string => typeof value === 'string' && value.trim() !== '' && value !== 'OK');
}

function codeOf(unwrapped: Unwrapped | undefined): string | number | undefined {
  const detail = unwrapped?.detail;
  const nested = isRecord(detail?.error) ? detail.error.code : undefined;
  if (typeof nested === 'string' || typeof nested === 'number') return nested;
  return unwrapped?.meta.statusText ?? unwrapped?.meta.statusCode;
}

const EXTRA_ADVICE: Partial<Record<ErrorKind, string>> = {
  authentication: 'Check `token` and `signatureKey` (the signature covers the exact body sent) and that both belong to the same environment.',
  server: 'A change that failed this way may still have been applied: retrieve the customer before repeating it.',
};

/**
 * The `ok: false` interpretation of a Paycombat failure: HTTP ≥ 400, or `status: false` / `success: false` at any
 * envelope level. Never throws; never quotes the request body.
 */
export function paycombatFailure(response: ResponseContext, unwrapped: Unwrapped | undefined, context: { scrub: (text: string) => string; requestId?: string | undefined }): Interpretation & { ok: false } {
  const rawMessage = providerMessageOf(unwrapped);
  const status = effectiveStatus(response.status, unwrapped, rawMessage);
  const rule = ruleForStatus(status);
  const providerMessage = rawMessage === undefined ? undefined : context.scrub(rawMessage).slice(0, 500);
  const code = codeOf(unwrapped);
  const requestId = unwrapped?.meta.requestId ?? context.requestId;
  const where = response.status >= 400 ? `HTTP ${response.status}` : `HTTP ${response.status} with ${unwrapped?.meta.success === false ? 'success' : 'status'}: false`;
  const said = providerMessage ? `: ${providerMessage}` : '';
  const reference = requestId ? ` (request id ${requestId})` : '';
  const advice = [ERROR_ADVICE[rule.kind], EXTRA_ADVICE[rule.kind]].filter(Boolean).join(' ');
  const heading = `paycombat ${response.attempt.operation} failed (${where}${code === undefined ? '' : ` [${code}]`})${said}${reference}`;
  const common = { provider: 'paycombat', status: response.status, code, providerMessage, requestId, retryable: rule.retry !== 'never' };
  const issues = rule.kind === 'validation' ? fieldIssues(unwrapped?.detail, context.scrub) : [];
  const error =
    issues.length > 0
      ? new ValidationError({ ...common, message: `${heading}. Fix these fields and send again`, issues })
      : new ClienteleError({ ...common, kind: rule.kind, message: `${heading}. ${advice}` });
  return { ok: false, error, retry: rule.retry };
}
