import { ValidationError } from '../errors/validation-error.js';

/**
 * A template tag for request paths: every interpolated value is percent-encoded, and an empty value or
 * a `.`/`..` segment is refused, so an id can never change which endpoint is called.
 *
 * ```ts
 * encodePath`customer/${id}/annotations` // id "a/../b" → "customer/a%2F..%2Fb/annotations"
 * ```
 */
export function encodePath(strings: TemplateStringsArray, ...values: readonly (string | number)[]): string {
  let output = strings[0] ?? '';
  values.forEach((value, index) => {
    const text = String(value);
    if (text === '' || text === '.' || text === '..') {
      throw new ValidationError({ issues: [{ path: `path parameter ${index + 1}`, message: 'must be a non-empty identifier' }] });
    }
    output += encodeURIComponent(text) + (strings[index + 1] ?? '');
  });
  return output;
}
