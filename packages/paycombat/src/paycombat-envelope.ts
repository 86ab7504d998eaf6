/**
 * What the envelopes around a payload said, outermost value first where levels disagree. Paycombat answers in
 * four shapes (spec §5): its own `{ status, message, data }`, Finmo's `{ success, status_code, status_text,
 * request_id, request_time, data }`, Finmo's inside Paycombat's, and `{ message, data }`.
 */
export interface EnvelopeMeta {
  /** Paycombat's `status` flag. `false` at any level means the request failed. */
  status?: boolean;
  /** Finmo's `success` flag. `false` at any level means the request failed. */
  success?: boolean;
  /** The first `message` found (Paycombat's, or Finmo's on errors). */
  message?: string;
  /** Finmo's `status_code` (the innermost one: it is the upstream's own answer). */
  statusCode?: number;
  /** Finmo's `status_text`, e.g. `'OK'`, `'BAD_REQUEST'`. */
  statusText?: string;
  /** Finmo's `request_id`: quote it to support. */
  requestId?: string;
  /** Finmo's `request_time` (ISO 8601). */
  requestTime?: string;
  /** How many envelope levels were removed. */
  depth: number;
}

/** A response body with its envelopes removed. */
export interface Unwrapped {
  /** The payload: a customer, a list, `{ is_wallet_ready, missing_field }`, or `undefined`/`null` when none. */
  data: unknown;
  meta: EnvelopeMeta;
  /** True when any level said `status: false` or `success: false`. */
  failed: boolean;
  /** The innermost level that failed, for reading error details (`message`, `errors`, `error`), else the innermost level. */
  detail: Record<string, unknown> | undefined;
}

/** Keys that only an envelope level carries next to `data`. A customer never has `data`. */
const ENVELOPE_KEYS = ['status', 'success', 'status_code', 'status_text', 'message', 'request_id'] as const;

/** Deeper nesting than this is not an envelope any more; stop and treat the rest as payload. */
const MAX_DEPTH = 4;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** True when `value` is an envelope level: an object that carries flags/metadata, and is not a customer. */
function isEnvelope(value: unknown): value is Record<string, unknown> {
  if (!isRecord(value) || 'customer_id' in value) return false;
  return ENVELOPE_KEYS.some((key) => key in value && (key !== 'status' || typeof value[key] === 'boolean'));
}

/**
 * Removes every envelope level of a parsed response body and collects what the levels said (spec §5): descend
 * into `data` while the current object carries `status`/`success`/`status_code`/`message`/`request_id` and is not
 * a customer. Anything that is not an envelope is returned unchanged as `data`.
 */
export function unwrapEnvelope(body: unknown): Unwrapped {
  const meta: EnvelopeMeta = { depth: 0 };
  let failed = false;
  let detail: Record<string, unknown> | undefined;
  let current: unknown = body;
  while (isEnvelope(current) && meta.depth < MAX_DEPTH) {
    const level = current;
    const levelFailed = level.status === false || level.success === false;
    // The innermost failing level is the upstream's own answer; it carries the most specific details.
    if (levelFailed || !failed) detail = level;
    failed ||= levelFailed;
    readMeta(level, meta);
    meta.depth += 1;
    // Error bodies often have no `data`, or `data: null`; a failure's `data` may hold details, not a payload.
    if (!('data' in level)) {
      current = undefined;
      break;
    }
    current = level.data;
  }
  return { data: current, meta, failed, detail };
}

function readMeta(level: Record<string, unknown>, meta: EnvelopeMeta): void {
  if (typeof level.status === 'boolean') meta.status = meta.status === false ? false : level.status;
  if (typeof level.success === 'boolean') meta.success = meta.success === false ? false : level.success;
  if (typeof level.message === 'string' && meta.message === undefined) meta.message = level.message;
  if (typeof level.status_code === 'number') meta.statusCode = level.status_code;
  if (typeof level.status_text === 'string') meta.statusText = level.status_text;
  if (typeof level.request_id === 'string') meta.requestId = level.request_id;
  if (typeof level.request_time === 'string') meta.requestTime = level.request_time;
}
