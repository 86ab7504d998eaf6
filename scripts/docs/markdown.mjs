// Small Markdown builders for the generated docs. Output is deterministic: same input, same bytes.

/** A table cell: pipes escaped, line breaks folded to spaces. */
export function cell(value) {
  return String(value ?? '').replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ').trim();
}

/** Inline code, safe for values that contain backticks. */
export function code(value) {
  const text = String(value);
  return text.includes('`') ? `\`\` ${text} \`\`` : `\`${text}\``;
}

/** A Markdown table; `rows` are arrays of already formatted cells (escaped here). */
export function table(headers, rows) {
  const lines = [`| ${headers.map(cell).join(' | ')} |`, `| ${headers.map(() => '---').join(' | ')} |`];
  for (const row of rows) lines.push(`| ${row.map(cell).join(' | ')} |`);
  return lines.join('\n');
}

/** A fenced Mermaid diagram. */
export function mermaid(source) {
  return ['```mermaid', source.trim(), '```'].join('\n');
}

/** Milliseconds as a readable duration: `500 ms`, `8 s`, `1.5 s`, `60 s`. */
export function duration(milliseconds) {
  if (milliseconds < 1000) return `${Math.round(milliseconds)} ms`;
  const seconds = milliseconds / 1000;
  return `${Number.isInteger(seconds) ? seconds : seconds.toFixed(2).replace(/0+$/, '')} s`;
}

/** Joins the non-empty parts with a blank line between them. */
export function sections(...parts) {
  return parts.flat().filter((part) => part !== undefined && part !== null && String(part).trim() !== '').join('\n\n');
}
