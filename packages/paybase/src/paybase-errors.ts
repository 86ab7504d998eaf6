import { errorKindForStatus, retryClassForStatus, type ErrorKind, type RetryClass } from '@clientele/core';

/** What the SDK makes of one Paybase error code or HTTP status. */
export interface PaybaseErrorRule {
  kind: ErrorKind;
  retry: RetryClass;
  /** What it means, for docs and messages. */
  meaning: string;
}

/**
 * Paybase's own error codes. Only two are known (spec §6, U18), both from the hosted card form; REST error bodies
 * are assumed to be `{ code, message }`. A code in this table wins over the HTTP status.
 */
export const PAYBASE_ERROR_CODES: Readonly<Record<string, PaybaseErrorRule>> = /* @__PURE__ */ (() => Object.freeze({
  '4060': { kind: 'conflict', retry: 'never', meaning: 'The card already exists for this customer.' },
  '5002': { kind: 'validation', retry: 'never', meaning: 'The card was declined, or its details do not match the billing address.' },
}))();

/**
 * HTTP statuses (spec §6, conventional use assumed). 429 was not processed and is retried for every method;
 * 5xx are retried only for requests that are safe to repeat (never a create); everything else is final.
 */
export const PAYBASE_STATUS_RULES: Readonly<Record<number, PaybaseErrorRule>> = /* @__PURE__ */ (() => Object.freeze({
  400: { kind: 'validation', retry: 'never', meaning: 'Paybase refused the body.' },
  401: { kind: 'authentication', retry: 'never', meaning: 'The X-Token (API key or customer access token) is missing, wrong or expired.' },
  403: { kind: 'permission', retry: 'never', meaning: 'Refused by a role, a rule or strong customer authentication.' },
  404: { kind: 'not_found', retry: 'never', meaning: 'No such customer or business person in this environment.' },
  409: { kind: 'conflict', retry: 'never', meaning: 'A state conflict: the customer is not in the expected state, or the move is not allowed.' },
  422: { kind: 'validation', retry: 'never', meaning: 'Paybase refused a field.' },
  429: { kind: 'rate_limited', retry: 'unprocessed', meaning: 'Too many requests; retried after Retry-After.' },
  500: { kind: 'server', retry: 'if-idempotent', meaning: 'Paybase failed.' },
  502: { kind: 'server', retry: 'if-idempotent', meaning: 'A gateway in front of Paybase failed.' },
  503: { kind: 'server', retry: 'if-idempotent', meaning: 'Paybase is unavailable.' },
  504: { kind: 'server', retry: 'if-idempotent', meaning: 'A gateway timed out waiting for Paybase (seen in sandbox).' },
}))();

/**
 * The kind and retry class of a failed Paybase response: the code table first, then the status table, then core's
 * defaults. A 409 answering `customers.transition` is a `transition` error: Paybase refused the move.
 */
export function classifyPaybaseError(status: number, code: string | undefined, operation: string): { kind: ErrorKind; retry: RetryClass } {
  const byCode = code === undefined ? undefined : PAYBASE_ERROR_CODES[code];
  if (byCode) return { kind: byCode.kind, retry: byCode.retry };
  if (status === 409 && operation === 'customers.transition') return { kind: 'transition', retry: 'never' };
  const byStatus = PAYBASE_STATUS_RULES[status];
  if (byStatus) return { kind: byStatus.kind, retry: byStatus.retry };
  return { kind: errorKindForStatus(status), retry: retryClassForStatus(status) };
}
