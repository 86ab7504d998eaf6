// The generated block of docs/index.md: the environment variables the demo's live mode reads.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { code, table } from './markdown.mjs';

/** The `CLIENTELE_*` variables each demo flow reads in live mode, found in examples/demo/flows/<provider>.mjs. */
export function renderDemoVariables(root) {
  const directory = join(root, 'examples', 'demo', 'flows');
  const flows = existsSync(directory) ? readdirSync(directory).filter((file) => file.endsWith('.mjs')).sort() : [];
  const rows = flows.map((file) => {
    const names = [...new Set(readFileSync(join(directory, file), 'utf8').match(/CLIENTELE_[A-Z0-9_]+/g) ?? [])].sort();
    return [file.slice(0, -'.mjs'.length), names.length > 0 ? names.map(code).join(', ') : '—'];
  });
  if (rows.length === 0) return '_No demo flow exists yet._';
  return table(['flow', 'environment variables'], rows);
}

/** Every generated block of docs/index.md, by block name. */
export function renderIndexDocs(_core, _providers, { root }) {
  return { 'generated:demo-variables': renderDemoVariables(root) };
}
