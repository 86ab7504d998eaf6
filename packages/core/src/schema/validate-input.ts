import * as z from 'zod/mini';
import { ValidationError } from '../errors/validation-error.js';
import { formatIssues } from './format-issues.js';

/**
 * Validates request input before anything is sent. Returns the parsed value (defaults applied,
 * unknown keys handled as the schema says) or throws a {@link ValidationError} listing every bad
 * field at once.
 *
 * @param schema - a zod/mini schema; input schemas are strict (`z.strictObject`).
 * @param input - the caller's value; never copied into a message.
 * @param context - `operation` is shown in the message, e.g. `'sgate.customers.create'`; `provider` is put on the error.
 * @throws ValidationError listing every bad field (path and rule, never the value).
 */
export function validateInput<S extends z.core.$ZodType>(
  schema: S,
  input: unknown,
  context: { operation: string; provider?: string },
): z.output<S> {
  // reportInput lets formatIssues tell "missing" from "wrong type"; the input itself never reaches a message.
  const result = z.safeParse(schema, input, { reportInput: true });
  if (result.success) return result.data;
  throw new ValidationError({ provider: context.provider, operation: context.operation, issues: formatIssues(result.error.issues) });
}
