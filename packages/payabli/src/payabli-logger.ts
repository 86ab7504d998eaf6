import { REDACTED, type Logger } from '@clientele/core';

/**
 * Wraps the caller's logger (default `console`) so that filter values never reach a log line: the request
 * URL of a customer query carries them as `field(condition)=value` (an e-mail, a name, a custom identifier),
 * and the shared redaction only knows sensitive parameter *names*. Keys stay visible, values become `[REDACTED]`
 * (status, date and id filters stay readable).
 */
export function payabliLogger(logger: Logger | undefined): Logger {
  const sink = logger ?? (globalThis.console as unknown as Logger);
  const forward = (level: keyof Logger) => (message: string, fields?: Record<string, unknown>) => {
    if (fields && typeof fields.url === 'string') sink[level](message, { ...fields, url: redactFilterValues(fields.url) });
    else sink[level](message, fields);
  };
  return { error: forward('error'), warn: forward('warn'), info: forward('info'), debug: forward('debug') };
}

/** Filters whose values say nothing about a person, kept readable: status, dates and ids. */
const NON_PERSONAL = /^(?:status|createdDate|orgId|paypointId)(?:\(|%28)/;

/** The URL with the value of every `field(condition)=value` query parameter replaced by `[REDACTED]`, except {@link NON_PERSONAL} ones. */
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
