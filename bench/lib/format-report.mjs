/**
 * Renders bench results: a plain-text table for the terminal and a Markdown document for
 * docs/benchmarks.md. A section result is `{ id, title, description?, rows, notes?, headers? }` (`headers` renames
 * columns by key); a row is
 * `{ measurement, figure, baseline?, ratio?, budget?, status }` with status 'pass' | 'miss' | 'info' |
 * 'skipped' | 'error'.
 */

const STATUS_TEXT = { pass: 'ok', miss: 'MISSED', info: '', skipped: 'not run', error: 'ERROR' };
const COLUMNS = [
  ['measurement', 'Measurement'],
  ['figure', 'Figure'],
  ['baseline', 'Baseline (same run)'],
  ['ratio', 'Ratio'],
  ['budget', 'Budget'],
  ['status', 'Status'],
];

/** Formats a ratio as `1.07×`. */
export function formatRatio(ratio) {
  return Number.isFinite(ratio) ? `${ratio.toFixed(2)}×` : '—';
}

/** Formats microseconds, switching to milliseconds above 10 ms. */
export function formatMicroseconds(microseconds) {
  if (!Number.isFinite(microseconds)) return '—';
  if (microseconds >= 10_000) return `${(microseconds / 1000).toFixed(1)} ms`;
  if (microseconds >= 1000) return `${(microseconds / 1000).toFixed(2)} ms`;
  return `${microseconds.toFixed(microseconds >= 100 ? 0 : 1)} µs`;
}

/** Formats milliseconds. */
export function formatMilliseconds(milliseconds) {
  if (!Number.isFinite(milliseconds)) return '—';
  return `${milliseconds.toFixed(milliseconds >= 100 ? 0 : milliseconds >= 10 ? 1 : 2)} ms`;
}

function cell(row, key) {
  const value = row[key];
  if (key === 'ratio') return typeof value === 'number' ? formatRatio(value) : (value ?? '');
  if (key === 'status') return STATUS_TEXT[value] ?? String(value ?? '');
  return value === undefined || value === null ? '' : String(value);
}

/** The sections as one aligned plain-text table per section. */
export function toText(sections) {
  const lines = [];
  for (const section of sections) {
    lines.push('', `== ${section.title} ==`);
    const table = [COLUMNS.map(([key, header]) => section.headers?.[key] ?? header), ...section.rows.map((row) => COLUMNS.map(([key]) => cell(row, key)))];
    const widths = COLUMNS.map((_, column) => Math.max(...table.map((line) => [...line[column]].length)));
    table.forEach((line, index) => {
      lines.push(line.map((text, column) => text + ' '.repeat(widths[column] - [...text].length)).join('  ').trimEnd());
      if (index === 0) lines.push(widths.map((width) => '-'.repeat(width)).join('  '));
    });
    for (const note of section.notes ?? []) lines.push(`  note: ${note}`);
  }
  return lines.join('\n');
}

function escapeMarkdown(text) {
  return text.replaceAll('|', '\\|');
}

/** One Markdown table for a section. */
export function toMarkdownTable(section) {
  const header = `| ${COLUMNS.map(([key, title]) => section.headers?.[key] ?? title).join(' | ')} |`;
  const rule = `|${COLUMNS.map(([key]) => (key === 'measurement' ? '---' : key === 'status' ? ':---:' : '---:')).join('|')}|`;
  const body = section.rows.map((row) => `| ${COLUMNS.map(([key]) => escapeMarkdown(markdownCell(row, key))).join(' | ')} |`);
  return [header, rule, ...body].join('\n');
}

function markdownCell(row, key) {
  const text = cell(row, key);
  if (key === 'status' && row.status === 'miss') return '**missed**';
  if (key === 'status' && row.status === 'pass') return '✓';
  return text;
}

/** Every row with a missed budget, as `section: measurement (figure vs budget)` lines. */
export function budgetMisses(sections) {
  return sections.flatMap((section) =>
    section.rows
      .filter((row) => row.status === 'miss' || row.status === 'error')
      .map((row) => `${section.title}: ${row.measurement} — ${row.status === 'error' ? 'error' : `${String(row.budget).includes('×') ? cell(row, 'ratio') : row.figure} against budget ${row.budget}`}`),
  );
}
