import type * as z from 'zod/mini';

/** What a field's marking says about it. */
export interface SensitiveMeta {
  /** Always true: the value is redacted in logs and errors. */
  sensitive: true;
  /** The provider encrypts this field on the wire (SGATE). */
  encrypted?: boolean;
}

type Marks = WeakMap<object, SensitiveMeta>;

/** One table per realm, shared by every copy of `@clientele/core`, so marks survive duplicated installs. */
function marks(): Marks {
  const key = Symbol.for('clientele.sensitive-fields');
  const holder = globalThis as unknown as Record<symbol, Marks | undefined>;
  return (holder[key] ??= new WeakMap());
}

/**
 * Marks a schema field as sensitive: its value never appears in a log line or an error.
 * Returns the same schema, so it composes inline:
 *
 * ```ts
 * const customer = z.object({ name: z.string(), nationalId: sensitive(z.string()) });
 * ```
 */
export function sensitive<S extends z.core.$ZodType>(schema: S, meta: Omit<SensitiveMeta, 'sensitive'> = {}): S {
  marks().set(schema, { ...meta, sensitive: true });
  return schema;
}

/** The marking of a schema node, if it has one. */
export function sensitiveMeta(schema: z.core.$ZodType): SensitiveMeta | undefined {
  return marks().get(schema);
}
