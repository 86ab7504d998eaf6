// `<!-- include:<path> -->` blocks: a file of the repository (relative to its root), copied into the
// Markdown as a fenced code block. Use them for examples that a test runs, so the docs show code that
// works. Leading `//` comment lines of the file (notes for maintainers) are left out.
import { existsSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { blockNames } from './marked-block.mjs';

const FENCE_LANGUAGES = { '.ts': 'ts', '.mts': 'ts', '.js': 'js', '.mjs': 'js', '.cjs': 'js', '.json': 'json', '.sh': 'bash', '.yaml': 'yaml', '.yml': 'yaml' };

/** The fenced code block for one included file. */
export function renderIncludedFile(root, path, documentFile) {
  const file = join(root, path);
  if (!existsSync(file)) throw new Error(`${documentFile} includes ${path}, which does not exist.`);
  const lines = readFileSync(file, 'utf8').split('\n');
  while (lines.length > 0 && (lines[0].startsWith('//') || lines[0].trim() === '')) lines.shift();
  return ['```' + (FENCE_LANGUAGES[extname(path)] ?? ''), lines.join('\n').trimEnd(), '```'].join('\n');
}

/** Every `include:` block of a document, by block name. */
export function renderIncludeBlocks(root, text, documentFile) {
  return Object.fromEntries(blockNames(text, 'include:').map((name) => [name, renderIncludedFile(root, name.slice('include:'.length), documentFile)]));
}
