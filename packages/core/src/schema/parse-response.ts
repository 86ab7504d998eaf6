import * as z from 'zod/mini';
import { ClienteleError } from '../errors/clientele-error.js';
import { formatIssues } from './format-issues.js';

/**
 * Parses a provider response tolerantly: response schemas are written as loose objects, so unknown
 * fields are kept and absent optional fields are fine. A field of the wrong type is an
 * `invalid_response` error carrying the request id, with the paths and expected types (never values).
 */
export function parseResponse<S extends z.core.$ZodType>(
  schema: S,
  data: unknown,
  context: { operation: string; provider?: string; requestId?: string; status?: number },
): z.output<S> {
  const result = z.safeParse(schema, data, { reportInput: true });
  if (result.success) return result.data;
  const problems = formatIssues(result.error.issues)
    .slice(0, 10)
    .map((issue) => `${issue.path || '(root)'} ${issue.message}`)
    .join('; ');
  throw new ClienteleError({
    kind: 'invalid_response',
    provider: context.provider,
    status: context.status,
    requestId: context.requestId,
    message: `${context.operation}: the provider's response does not have the documented shape (${problems}). This is not your input's fault; quote the request id to the provider's support if it persists.`,
  });
}
