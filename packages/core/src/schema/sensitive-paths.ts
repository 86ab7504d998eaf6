import type * as z from 'zod/mini';
import { sensitiveMeta, type SensitiveMeta } from './sensitive.js';

/** A path into a value; `'*'` stands for every array element or record value. */
export type FieldPath = readonly (string | number)[];

/** A sensitive field found in a schema. */
export interface SensitiveField {
  path: FieldPath;
  meta: SensitiveMeta;
}

const cache = new WeakMap<object, readonly SensitiveField[]>();

/**
 * Every field marked with {@link sensitive} inside `schema`, through objects, arrays, records,
 * optional/nullable/default wrappers, unions (all branches) and pipes. Cached per schema.
 */
export function sensitiveFields(schema: z.core.$ZodType): readonly SensitiveField[] {
  const cached = cache.get(schema);
  if (cached) return cached;
  const found: SensitiveField[] = [];
  walk(schema, [], found, new Set());
  cache.set(schema, found);
  return found;
}

function walk(schema: z.core.$ZodType, path: (string | number)[], found: SensitiveField[], seen: Set<object>): void {
  const meta = sensitiveMeta(schema);
  if (meta) {
    found.push({ path: [...path], meta });
    return;
  }
  if (seen.has(schema)) return;
  seen.add(schema);
  const def = schema._zod.def as unknown as Record<string, unknown> & { type: string };
  const child = (key: string) => def[key] as z.core.$ZodType | undefined;
  switch (def.type) {
    case 'object': {
      const shape = def.shape as Record<string, z.core.$ZodType>;
      for (const [key, value] of Object.entries(shape)) walk(value, [...path, key], found, seen);
      const catchall = child('catchall');
      if (catchall) walk(catchall, [...path, '*'], found, seen);
      break;
    }
    case 'array':
      walk(child('element')!, [...path, '*'], found, seen);
      break;
    case 'record':
      walk(child('valueType')!, [...path, '*'], found, seen);
      break;
    case 'union':
      for (const option of def.options as z.core.$ZodType[]) walk(option, path, found, seen);
      break;
    case 'intersection':
      walk(child('left')!, path, found, seen);
      walk(child('right')!, path, found, seen);
      break;
    case 'tuple':
      (def.items as z.core.$ZodType[]).forEach((item, index) => walk(item, [...path, index], found, seen));
      break;
    case 'pipe':
      walk(child('in')!, path, found, seen);
      walk(child('out')!, path, found, seen);
      break;
    case 'lazy':
      walk((def.getter as () => z.core.$ZodType)(), path, found, seen);
      break;
    default: {
      const inner = child('innerType');
      if (inner) walk(inner, path, found, seen);
    }
  }
  seen.delete(schema);
}
