/**
 * The envelope shapes Paycombat answers in (spec §5): `P` Paycombat's own, `F` Finmo's, `PF` Finmo's inside
 * Paycombat's, `M` message only, `raw` no envelope at all.
 */
export type EnvelopeShape = 'P' | 'F' | 'PF' | 'M' | 'raw';

/** How the mock answers refusals: with the HTTP status (default), or HTTP 200 and `status`/`success: false`. */
export type RefusalStyle = 'http' | 'status-false';

const STATUS_TEXTS: Record<number, string> = {
  200: 'OK',
  400: 'BAD_REQUEST',
  401: 'UNAUTHORIZED',
  402: 'REQUEST_FAILED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  409: 'CONFLICT',
  422: 'UNPROCESSABLE_ENTITY',
  429: 'TOO_MANY_REQUESTS',
  500: 'INTERNAL_SERVER_ERROR',
};

function finmo(success: boolean, statusCode: number, requestId: string, now: Date, extra: Record<string, unknown>) {
  return { success, status_code: statusCode, status_text: STATUS_TEXTS[statusCode] ?? 'ERROR', request_id: requestId, request_time: now.toISOString(), ...extra };
}

/** A success body in the given shape. */
export function successBody(shape: EnvelopeShape, data: unknown, requestId: string, now: Date): unknown {
  switch (shape) {
    case 'P':
      return { status: true, message: 'OK', data };
    case 'F':
      return finmo(true, 200, requestId, now, { data });
    case 'PF':
      return { status: true, message: 'OK', data: finmo(true, 200, requestId, now, { data }) };
    case 'M':
      return { message: 'OK', data };
    case 'raw':
      return data;
  }
}

/** A refusal body in the shape that matches the endpoint's envelope. */
export function refusalBody(shape: EnvelopeShape, status: number, message: string, requestId: string, now: Date, errors?: Record<string, string[]>): unknown {
  if (status === 422 && errors) return { message, errors }; // Laravel's validation answer
  switch (shape) {
    case 'F':
      return finmo(false, status, requestId, now, { message, ...(errors && { errors }) });
    case 'PF':
      return { status: false, message, data: finmo(false, status, requestId, now, { message, ...(errors && { errors }) }) };
    default:
      return { status: false, message, data: null, ...(errors && { errors }) };
  }
}
