/** A query parameter value; `undefined` and `null` are dropped, arrays repeat the key. */
export type QueryValue = string | number | boolean | undefined | null | readonly (string | number | boolean)[];

/** Query parameters, in the order they should be sent unless `sort` is requested. */
export type QueryParameters = Record<string, QueryValue>;

/** RFC 3986 encoding: `encodeURIComponent` plus `!'()*`, so the string is the same everywhere. */
export function encodeRfc3986(value: string): string {
  return encodeURIComponent(value).replace(/[!'()*]/g, (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`);
}

/**
 * Builds a query string once, so the bytes that are signed are the bytes that are sent. Drops
 * `undefined`/`null`, keeps empty strings (`b=`), encodes with RFC 3986. Keys are sorted when
 * `sort` is true (SGATE's canonical form). Returns `''` or a string starting with `?`.
 */
export function buildQuery(parameters: QueryParameters | undefined, options: { sort?: boolean } = {}): string {
  if (!parameters) return '';
  const keys = Object.keys(parameters);
  if (options.sort) keys.sort();
  const pairs: string[] = [];
  for (const key of keys) {
    const value = parameters[key];
    if (value === undefined || value === null) continue;
    const values = Array.isArray(value) ? value : [value];
    for (const item of values) pairs.push(`${encodeRfc3986(key)}=${encodeRfc3986(String(item))}`);
  }
  return pairs.length > 0 ? `?${pairs.join('&')}` : '';
}
