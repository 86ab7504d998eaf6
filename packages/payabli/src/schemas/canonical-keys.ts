const tables = new WeakMap<readonly string[], Map<string, string>>();

/**
 * A shallow copy of `value` whose keys are renamed to their documented spelling when they match one
 * case-insensitively (`firstname` → `Firstname`, `IsSuccess` → `isSuccess`). Keys that match nothing
 * are kept as received; when a documented key and a differently cased one both appear, the documented
 * spelling wins. Non-objects are returned unchanged.
 *
 * Payabli mixes PascalCase and camelCase in responses (spec §3.2), so the SDK reads them case-insensitively
 * (spec §13 #24) and hands back the documented spelling.
 */
export function canonicalKeys(value: unknown, documented: readonly string[]): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  let table = tables.get(documented);
  if (!table) {
    table = new Map(documented.map((key) => [key.toLowerCase(), key]));
    tables.set(documented, table);
  }
  const output: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    const canonical = table.get(key.toLowerCase()) ?? key;
    if (canonical !== key && Object.hasOwn(value, canonical)) continue;
    output[canonical] = item;
  }
  return output;
}
