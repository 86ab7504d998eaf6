// Renders every generated region of the docs from the packages' own exports and the repository's
// files. Pure apart from reading: it returns what each file should contain and leaves writing to the
// caller (scripts/generate-docs.mjs writes; examples/docs-check compares).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { blockNames, GENERATED_NOTE, replaceBlock } from './marked-block.mjs';
import { CORE_PACKAGE, PROVIDERS } from './providers.mjs';
import { renderErrorDocs } from './render-error-docs.mjs';
import { renderIncludeBlocks } from './render-included-files.mjs';
import { renderIndexDocs } from './render-index-docs.mjs';
import { renderGuideLifecycleBlock, renderLifecycleDocs } from './render-lifecycle-docs.mjs';
import { renderSecurityDocs } from './render-security-docs.mjs';

/**
 * The documents with `generated:*` blocks, and the renderer of those blocks:
 * `render(core, providers, { root, text })` → `{ [blockName]: markdown }`. Every block the renderer
 * returns must exist in the document.
 */
const GENERATED_FILES = {
  'docs/index.md': renderIndexDocs,
  'docs/errors.md': renderErrorDocs,
  'docs/lifecycles.md': renderLifecycleDocs,
  'docs/security.md': renderSecurityDocs,
};

/** Loads core and every listed provider through `load(specifier)` and checks that each export named in providers.mjs exists. */
export async function loadPackages(root, load, providers = PROVIDERS) {
  const core = await load(CORE_PACKAGE);
  const loaded = [];
  for (const provider of providers) {
    const exports = await load(provider.packageName);
    const named = [...provider.lifecycles, ...provider.statusMappings, ...provider.errorTables.map((spec) => spec.exportName), ...(provider.statusCodes ? [provider.statusCodes.exportName] : [])];
    const missing = named.filter((name) => exports[name] === undefined);
    if (missing.length > 0) throw new Error(`${provider.packageName} does not export ${missing.join(', ')}; update scripts/docs/providers.mjs to its current export names.`);
    const hasGuide = existsSync(join(root, 'docs', 'providers', `${provider.id}.md`));
    loaded.push({ provider: { ...provider, hasGuide }, exports });
  }
  return { core, providers: loaded };
}

/** Every Markdown file under docs/ (not docs/api/), relative to the root, sorted. */
function documents(root) {
  const found = [];
  for (const directory of ['docs', 'docs/providers']) {
    if (!existsSync(join(root, directory))) continue;
    for (const entry of readdirSync(join(root, directory)).sort()) if (entry.endsWith('.md')) found.push(`${directory}/${entry}`);
  }
  return found;
}

/** The do-not-edit note of a block: included files name their source. */
function noteFor(name) {
  return name.startsWith('include:') ? `<!-- Copied from ${name.slice('include:'.length)} by \`pnpm docs:generate\`; edit that file, not this block. -->` : GENERATED_NOTE;
}

/** Replaces every block of `blocks` in `text`, each preceded by its do-not-edit note. */
function fill(text, blocks, file) {
  let next = text;
  for (const [name, content] of Object.entries(blocks)) next = replaceBlock(next, name, `${noteFor(name)}\n\n${content}`, file);
  return next;
}

/** The `lifecycle:*` blocks of a provider guide, or `{}` for a document that is not one. */
function guideBlocks(file, text, loaded) {
  const match = /^docs\/providers\/([a-z0-9-]+)\.md$/.exec(file);
  const entry = match && loaded.find(({ provider }) => provider.id === match[1]);
  if (!entry || entry.provider.lifecycles.length === 0) return {};
  const names = blockNames(text, 'lifecycle:');
  if (names.length === 0) throw new Error(`${file} has no <!-- lifecycle:${entry.provider.id} --> … <!-- /lifecycle:${entry.provider.id} --> block; put the two markers where the lifecycle diagram belongs.`);
  return Object.fromEntries(names.map((name) => [name, renderGuideLifecycleBlock(entry, name)]));
}

/**
 * Every document with generated regions, with its current and its generated text:
 * `[{ file, current, generated }]`, paths relative to `root`. Regions are `generated:*` blocks (owned
 * documents), `lifecycle:*` blocks (provider guides) and `include:<path>` blocks (any document).
 */
export async function renderGeneratedDocs(root, load, providers = PROVIDERS) {
  const { core, providers: loaded } = await loadPackages(root, load, providers);
  const results = [];
  for (const file of documents(root)) {
    const current = readFileSync(join(root, file), 'utf8');
    const render = GENERATED_FILES[file];
    const blocks = {
      ...(render ? render(core, loaded, { root, text: current }) : {}),
      ...guideBlocks(file, current, loaded),
      ...renderIncludeBlocks(root, current, file),
    };
    if (Object.keys(blocks).length > 0) results.push({ file, current, generated: fill(current, blocks, file) });
  }
  const missing = Object.keys(GENERATED_FILES).filter((file) => !results.some((result) => result.file === file));
  if (missing.length > 0) throw new Error(`Missing generated documents: ${missing.join(', ')}.`);
  return results;
}
