import { type FieldPath, sensitiveFields } from '@clientele/core';
import type * as z from 'zod/mini';

/** Transforms one string field; returns the replacement. */
export type FieldTransform = (value: string, path: readonly (string | number)[]) => string;

/**
 * A deep copy of `value` with every non-empty string at one of `paths` replaced by `transform(value)`.
 * `'*'` in a path stands for every array element or object value. Empty strings are left alone:
 * SGATE sends and expects `""` unencrypted (spec §3.4, A7).
 */
export function transformPaths(value: unknown, paths: readonly FieldPath[], transform: FieldTransform): unknown {
  const copy = structuredCloneJson(value);
  for (const path of paths) visit(copy, path, [], transform);
  return copy;
}

function visit(node: unknown, path: FieldPath, trail: (string | number)[], transform: FieldTransform): void {
  if (typeof node !== 'object' || node === null) return;
  const [head, ...rest] = path;
  if (head === undefined) return;
  const container = node as Record<string | number, unknown>;
  const keys = head === '*' ? Object.keys(container) : Object.hasOwn(container, head) ? [head] : [];
  for (const key of keys) {
    const child = container[key];
    if (rest.length === 0) {
      if (typeof child === 'string' && child !== '') container[key] = transform(child, [...trail, key]);
    } else {
      visit(child, rest, [...trail, key], transform);
    }
  }
}

/** The paths of the fields a schema marks `sensitive(…, { encrypted: true })`. */
export function encryptedPaths(schema: z.core.$ZodType): readonly FieldPath[] {
  return sensitiveFields(schema)
    .filter((field) => field.meta.encrypted === true)
    .map((field) => field.path);
}

/**
 * The paths a response's `sensitiveFields` descriptor names (spec §3.4): an array lists field names of
 * `data` (of each element when `data` is an array); an object maps a nested key to its own descriptor;
 * `{}` names nothing. Anything else is ignored.
 */
export function descriptorPaths(descriptor: unknown, dataIsArray: boolean): FieldPath[] {
  const prefix: (string | number)[] = dataIsArray ? ['*'] : [];
  const paths: FieldPath[] = [];
  collect(descriptor, prefix, paths, 0);
  const seen = new Set<string>();
  return paths.filter((path) => {
    const key = JSON.stringify(path);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function collect(descriptor: unknown, prefix: (string | number)[], paths: FieldPath[], depth: number): void {
  if (depth > 8) return;
  if (Array.isArray(descriptor)) {
    for (const name of descriptor) if (typeof name === 'string' && name !== '') paths.push([...prefix, name]);
    return;
  }
  if (typeof descriptor !== 'object' || descriptor === null) return;
  for (const [key, nested] of Object.entries(descriptor)) {
    // A nested key may hold an object or an array of objects (payout lists): cover both.
    collect(nested, [...prefix, key], paths, depth + 1);
    collect(nested, [...prefix, key, '*'], paths, depth + 1);
  }
}

/** A deep copy of JSON-like data (the output of `JSON.parse` or a plain input object). */
function structuredCloneJson(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(structuredCloneJson);
  if (typeof value === 'object' && value !== null && !(value instanceof Date)) {
    const copy: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) copy[key] = structuredCloneJson(item);
    return copy;
  }
  return value;
}
