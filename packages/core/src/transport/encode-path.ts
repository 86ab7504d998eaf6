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
    output += encodeSegment(value, `path parameter ${index + 1}`, {}) + (strings[index + 1] ?? '');
  });
  return output;
}

/**
 * Fills the `{name}` placeholders of a path template (a provider's path table, which users may override) with
 * percent-encoded values. Like {@link encodePath}, an empty value or a `.`/`..` segment is refused, so an id can
 * never change which endpoint is called.
 *
 * ```ts
 * fillPath('/Customer/{customerId}', { customerId: 998 }) // "/Customer/998"
 * ```
 *
 * @throws ValidationError naming the placeholder when its value is missing, empty or a dot segment.
 */
export function fillPath(
  template: string,
  values: Readonly<Record<string, string | number | undefined>>,
  context: { provider?: string; operation?: string } = {},
): string {
  return template.replace(/\{([A-Za-z_][A-Za-z0-9_]*)\}/g, (_placeholder, name: string) => encodeSegment(values[name], name, context));
}

function encodeSegment(value: string | number | undefined, name: string, context: { provider?: string; operation?: string }): string {
  const text = value === undefined ? '' : String(value);
  if (text === '' || text === '.' || text === '..') {
    throw new ValidationError({ provider: context.provider, operation: context.operation, issues: [{ path: name, message: 'must be a non-empty identifier' }] });
  }
  return encodeURIComponent(text);
}
