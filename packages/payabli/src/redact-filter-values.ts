import { REDACTED } from '@clientele/core';

/** Filters whose values say nothing about a person, kept readable: status, dates and ids. */
const NON_PERSONAL = /^(?:status|createdDate|orgId|paypointId)(?:\(|%28)/;

/**
 * The URL with the value of every `field(condition)=value` query parameter replaced by `[REDACTED]`, except
 * {@link NON_PERSONAL} ones. The adapter's `redactUrl`, so filter values (an e-mail, a name, a custom
 * identifier) never reach a log line: the shared redaction only knows sensitive parameter *names*. Keys stay
 * visible, and status, date and id filters stay readable.
 */
export function redactFilterValues(url: string): string {
  const start = url.indexOf('?');
  if (start < 0) return url;
  const query = url
    .slice(start + 1)
    .split('&')
    .map((pair) => {
      const separator = pair.indexOf('=');
      const name = separator < 0 ? pair : pair.slice(0, separator);
      const isFilter = /(?:\(|%28)[a-z]*(?:\)|%29)$/i.test(name);
      return separator >= 0 && isFilter && !NON_PERSONAL.test(name) ? `${name}=${REDACTED}` : pair;
    })
    .join('&');
  return `${url.slice(0, start)}?${query}`;
}
