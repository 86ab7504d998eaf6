import type * as z from 'zod/mini';
import { sensitiveFields, type FieldPath } from '../schema/sensitive-paths.js';

/** What every redacted value is replaced with. */
export const REDACTED = '[REDACTED]';

/**
 * Field names that are redacted wherever they appear, schema or not: a safety net for bodies the SDK
 * has no schema for (error bodies, unknown fields). Matched case-insensitively, ignoring `_` and `-`.
 */
export const SENSITIVE_KEY_NAMES: ReadonlySet<string> = new Set([
  'password', 'secret', 'token', 'accesstoken', 'refreshtoken', 'requesttoken', 'apikey', 'xtoken',
  'authorization', 'signature', 'signaturekey', 'privatekey', 'clientsecret',
  'cardnumber', 'cardno', 'pan', 'cvv', 'cvc', 'iban', 'accountnumber', 'bankaccount', 'routingnumber',
  'nationalid', 'idnumber', 'identificationnumber', 'ssn', 'taxid', 'passportnumber',
]);

function normalizeKey(key: string): string {
  return key.toLowerCase().replace(/[_-]/g, '');
}

/** True when a field of this name is redacted by default. */
export function isSensitiveKey(key: string): boolean {
  return SENSITIVE_KEY_NAMES.has(normalizeKey(key));
}

/**
 * A deep copy of `value` with every field marked sensitive in `schema`, and every field with a
 * sensitive name, replaced by `[REDACTED]`. Never mutates its input; safe on cycles and on non-JSON
 * values. Use it on anything that goes to a log.
 */
export function redact(value: unknown, schema?: z.core.$ZodType): unknown {
  const paths = schema ? sensitiveFields(schema).map((field) => field.path) : [];
  return redactNode(value, paths, new WeakSet());
}

function redactNode(value: unknown, paths: readonly FieldPath[], seen: WeakSet<object>): unknown {
  if (paths.some((path) => path.length === 0)) return REDACTED;
  if (typeof value !== 'object' || value === null) return value;
  if (seen.has(value)) return '[Circular]';
  seen.add(value);
  const childPaths = (key: string | number) =>
    paths.filter((path) => path[0] === '*' || path[0] === key).map((path) => path.slice(1));
  let output: unknown;
  if (Array.isArray(value)) {
    output = value.map((item, index) => redactNode(item, childPaths(index), seen));
  } else if (value instanceof Date) {
    output = value;
  } else {
    const copy: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      copy[key] = isSensitiveKey(key) && item !== undefined && item !== null && item !== '' ? REDACTED : redactNode(item, childPaths(key), seen);
    }
    output = copy;
  }
  seen.delete(value);
  return output;
}
