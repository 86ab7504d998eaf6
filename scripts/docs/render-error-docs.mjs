// The generated blocks of docs/errors.md: error kinds, the retry rules and every provider's code
// table, all read from the packages themselves.
import { code, duration, sections, table } from './markdown.mjs';

/** HTTP statuses the status table lists (the ones providers actually send). */
const STATUSES = [400, 401, 403, 404, 408, 409, 410, 422, 429, 500, 502, 503, 504];

/** Network error codes (undici puts them on `error.cause.code`) whose classification the docs show. */
const NETWORK_CODES = ['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'UND_ERR_CONNECT_TIMEOUT', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'UND_ERR_SOCKET'];

/** What each key of core's CLIENT_DEFAULTS is, for the defaults table. A key missing here fails the generator. */
const DEFAULT_LABELS = {
  timeout: { option: 'timeout', unit: 'ms', meaning: 'Time allowed for one attempt before it is aborted (per call: `timeout`).' },
  maxRetries: { option: 'maxRetries', unit: 'retries', meaning: 'Repeats of a failed request when it is safe; 0 disables retries (per call: `maxRetries`).' },
  initialDelay: { option: 'backoff.initialDelay', unit: 'ms', meaning: 'Backoff before the first retry when the provider sends no `Retry-After`.' },
  maxDelay: { option: 'backoff.maxDelay', unit: 'ms', meaning: 'Upper bound of one computed backoff delay.' },
  maxRetryDelay: { option: 'maxRetryDelay', unit: 'ms', meaning: 'Longest server-requested wait (`Retry-After`, `retry-after-ms`) honoured; longer ones are capped.' },
  logLevel: { option: 'logLevel', unit: '—', meaning: 'Most verbose level logged; `debug` prints every request and response, redacted.' },
};

/** Which requests a retry class lets the transport repeat, in words. */
const RETRIED_FOR = {
  unprocessed: 'every method (the provider did not act)',
  'if-idempotent': 'GET, PUT, DELETE, or a request with an idempotency key',
  never: 'none',
};

const yesNo = (value) => (value ? 'yes' : 'no');

/** Error kinds with their advice and whether they describe a transient condition. */
export function renderErrorKinds(core) {
  const rows = core.ERROR_KINDS.map((kind) => [code(kind), yesNo(core.TRANSIENT_ERROR_KINDS.has(kind)), core.ERROR_ADVICE[kind]]);
  return table(['kind', 'transient', 'what the error message advises'], rows);
}

/** HTTP status → kind → retry class → whether GET, POST and keyed POST are repeated. */
export function renderStatusRules(core) {
  const retried = (retryClass, method, keyed) => yesNo(core.mayRetry(retryClass, core.isRepeatSafe(method, keyed)));
  const rows = STATUSES.map((status) => {
    const retryClass = core.retryClassForStatus(status);
    return [String(status), code(core.errorKindForStatus(status)), code(retryClass), retried(retryClass, 'GET', false), retried(retryClass, 'POST', false), retried(retryClass, 'POST', true)];
  });
  return table(['HTTP status', 'kind', 'retry class', 'GET retried', 'POST retried', 'POST with idempotency key retried'], rows);
}

/** Which methods count as safe to repeat, with and without an idempotency key. */
export function renderRepeatSafety(core) {
  const methods = ['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE', 'POST', 'PATCH'];
  const rows = methods.map((method) => [method, yesNo(core.isRepeatSafe(method, false)), yesNo(core.isRepeatSafe(method, true))]);
  return table(['method', 'safe to repeat', 'safe to repeat with an idempotency key'], rows);
}

/** The three retry classes and what each lets the transport repeat. */
export function renderRetryClasses(core) {
  const classes = ['unprocessed', 'if-idempotent', 'never'];
  const rows = classes.map((retryClass) => {
    const safe = core.mayRetry(retryClass, true);
    const unsafe = core.mayRetry(retryClass, false);
    return [code(retryClass), yesNo(safe), yesNo(unsafe), RETRIED_FOR[retryClass]];
  });
  return table(['retry class', 'retried when safe to repeat', 'retried when not safe to repeat', 'in short'], rows);
}

/** Network failures that prove the request never left, versus ambiguous ones. */
export function renderNetworkCodes(core) {
  const rows = NETWORK_CODES.map((networkCode) => {
    const unprocessed = core.isUnprocessedNetworkError({ cause: { code: networkCode } });
    return [code(networkCode), unprocessed ? '`unprocessed`: retried for every method' : '`if-idempotent`: the provider may have acted'];
  });
  return table(['`error.cause.code`', 'treated as'], rows);
}

/** The client defaults, with units. */
export function renderClientDefaults(core) {
  const unknown = Object.keys(core.CLIENT_DEFAULTS).filter((key) => !(key in DEFAULT_LABELS));
  if (unknown.length > 0) throw new Error(`CLIENT_DEFAULTS has ${unknown.join(', ')}, which scripts/docs/render-error-docs.mjs does not describe; add it to DEFAULT_LABELS.`);
  const rows = Object.entries(core.CLIENT_DEFAULTS).map(([key, value]) => {
    const label = DEFAULT_LABELS[key];
    const shown = typeof value === 'number' && label.unit === 'ms' ? `${value} ms (${duration(value)})` : typeof value === 'number' ? String(value) : code(value);
    return [code(label.option), shown, label.meaning];
  });
  return table(['option', 'default', 'meaning'], rows);
}

/** The backoff schedule with the default options: the range each retry's delay falls in (equal jitter). */
export function renderBackoff(core) {
  const options = { initialDelay: core.CLIENT_DEFAULTS.initialDelay, maxDelay: core.CLIENT_DEFAULTS.maxDelay };
  const rows = [1, 2, 3, 4, 5, 6].map((retry) => {
    const low = core.backoffDelay(retry, options, () => 0);
    const high = core.backoffDelay(retry, options, () => 1);
    return [String(retry), `${duration(low)} – ${duration(high)}`];
  });
  return table(['retry', 'delay (default backoff, with jitter)'], rows);
}

/** How server-requested delays are read, on example headers. */
export function renderServerDelay(core) {
  const now = Date.UTC(2026, 0, 1, 12, 0, 0);
  const examples = [
    [{ 'retry-after-ms': '1500' }, '`retry-after-ms: 1500`'],
    [{ 'retry-after': '2' }, '`Retry-After: 2`'],
    [{ 'retry-after': new Date(now + 5000).toUTCString() }, '`Retry-After:` an HTTP date 5 s ahead'],
    [{ 'retry-after-ms': '250', 'retry-after': '30' }, '`retry-after-ms: 250` and `Retry-After: 30`'],
    [{ 'retry-after': 'soon' }, '`Retry-After: soon` (unreadable)'],
    [{ 'retry-after': '-3' }, '`Retry-After: -3` (negative)'],
  ];
  const rows = examples.map(([headers, label]) => {
    const delay = core.serverRetryDelay(new Headers(headers), now);
    return [label, delay === undefined ? 'no server delay: the backoff applies' : duration(delay)];
  });
  const cap = `Waits longer than \`maxRetryDelay\` (${duration(core.CLIENT_DEFAULTS.maxRetryDelay)} by default) are capped to it.`;
  return sections(table(['response headers', 'wait before the retry'], rows), cap);
}

/** One provider error table (`Record<code, rule>`) as Markdown; columns appear when any rule has the field. */
export function renderCodeTable(rules, keyLabel) {
  const entries = Object.entries(rules);
  const has = (field) => entries.some(([, rule]) => rule[field] !== undefined);
  const headers = [keyLabel];
  if (has('meaning')) headers.push('meaning');
  headers.push('kind');
  if (has('retry')) headers.push('retry class');
  if (has('retryable')) headers.push('`retryable`');
  if (has('advice') || has('maxRetries')) headers.push('notes');
  const rows = entries.map(([key, rule]) => {
    if (typeof rule !== 'object' || rule === null || typeof rule.kind !== 'string') throw new Error(`error table entry ${key} has no \`kind\`.`);
    const row = [code(key)];
    if (has('meaning')) row.push(rule.meaning ?? '');
    row.push(code(rule.kind));
    if (has('retry')) row.push(rule.retry === undefined ? '' : code(rule.retry));
    if (has('retryable')) row.push(rule.retryable === undefined ? '' : yesNo(rule.retryable));
    if (has('advice') || has('maxRetries')) {
      const notes = [rule.maxRetries === undefined ? '' : `Retried at most ${rule.maxRetries} time${rule.maxRetries === 1 ? '' : 's'}.`, rule.advice ?? ''];
      row.push(notes.filter(Boolean).join(' '));
    }
    return row;
  });
  return table(headers, rows);
}

/** A lookup table (`Record<key, value>` or `[key, value][]`) as Markdown. */
export function renderLookupTable(entries, keyLabel, valueLabel) {
  return table([keyLabel, valueLabel], entries.map(([key, value]) => [code(key instanceof RegExp ? String(key) : key), code(value)]));
}

/** One error table of a provider, in the shape providers.mjs declares. */
function renderErrorTable(value, spec) {
  if (spec.shape === 'map') return renderLookupTable(Object.entries(value), spec.keyLabel, spec.valueLabel);
  if (spec.shape === 'pairs') return renderLookupTable(value, spec.keyLabel, spec.valueLabel);
  return renderCodeTable(value, spec.keyLabel);
}

/** Every provider's error tables, one section per provider. */
export function renderProviderCodes(providers) {
  return sections(
    providers.map(({ provider, exports }) => {
      const tables = provider.errorTables.map((spec) => sections(`#### ${spec.title}`, `From ${code(`${spec.exportName}`)} in ${code(provider.packageName)}.`, renderErrorTable(exports[spec.exportName], spec)));
      const guide = provider.hasGuide ? `More in [the ${provider.title} guide](./providers/${provider.id}.md).` : '';
      return sections(`### ${provider.title}`, tables.length > 0 ? tables : "_This package maps provider errors with core's HTTP status rules above._", guide);
    }),
  );
}

/** Every generated block of docs/errors.md, by block name. */
export function renderErrorDocs(core, providers) {
  return {
    'generated:error-kinds': renderErrorKinds(core),
    'generated:retry-classes': renderRetryClasses(core),
    'generated:repeat-safety': renderRepeatSafety(core),
    'generated:status-rules': renderStatusRules(core),
    'generated:network-codes': renderNetworkCodes(core),
    'generated:client-defaults': renderClientDefaults(core),
    'generated:backoff': renderBackoff(core),
    'generated:server-delay': renderServerDelay(core),
    'generated:provider-codes': renderProviderCodes(providers),
  };
}
