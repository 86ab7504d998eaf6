import { REDACTED, createSecretScrubber, type AttemptContext } from '@clientele/core';

/** US SSNs, then card-number-like digit runs (13–19 digits, spaces or dashes allowed). */
const PATTERNS = [/\b\d{3}-\d{2}-\d{4}\b/g, /\b\d(?:[ -]?\d){12,18}\b/g];

/**
 * A scrubber for a provider message about one attempt: removes the client's secrets (via `base`), every string
 * value the attempt sent (body fields and query values of 6+ characters, so a provider that echoes an e-mail or
 * a custom field cannot put it in an error), and card-number or SSN-shaped digit runs.
 */
export function scrubberFor(attempt: AttemptContext, base: (text: string) => string): (text: string) => string {
  const sent = createSecretScrubber([...bodyValues(attempt.body), ...queryValues(attempt.url)]);
  return (text) => PATTERNS.reduce((output, pattern) => output.replace(pattern, REDACTED), sent(base(text)));
}

function bodyValues(body: AttemptContext['body']): string[] {
  if (typeof body !== 'string' || body === '') return [];
  const values: string[] = [];
  const visit = (value: unknown): void => {
    if (typeof value === 'string') values.push(value);
    else if (Array.isArray(value)) value.forEach(visit);
    else if (typeof value === 'object' && value !== null) Object.values(value).forEach(visit);
  };
  try {
    visit(JSON.parse(body));
  } catch {
    return [];
  }
  // Longest first, so a value containing another is removed whole.
  return values.sort((a, b) => b.length - a.length);
}

function queryValues(url: string): string[] {
  try {
    return [...new URL(url).searchParams.values()].flatMap((value) => [value, ...value.split('|')]).sort((a, b) => b.length - a.length);
  } catch {
    return [];
  }
}
