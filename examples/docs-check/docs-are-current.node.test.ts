import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { blockNames, replaceBlock } from '../../scripts/docs/marked-block.mjs';
import { PROVIDERS } from '../../scripts/docs/providers.mjs';
import { renderGeneratedDocs } from '../../scripts/docs/render-generated-docs.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));

// Vitest resolves `@clientele/<p>` to each package's TypeScript source (see vitest.config.ts), so this
// compares the committed docs with what the generator would write from the code as it is now.
const results = await renderGeneratedDocs(root, (specifier: string) => import(/* @vite-ignore */ specifier));

describe('generated docs', () => {
  it('cover core and every provider listed in scripts/docs/providers.mjs', () => {
    const files = results.map(({ file }) => file);
    expect(files).toEqual(expect.arrayContaining(['docs/errors.md', 'docs/lifecycles.md', 'docs/security.md']));
    const lifecycles = results.find(({ file }) => file === 'docs/lifecycles.md')!.generated;
    for (const provider of PROVIDERS) {
      expect(lifecycles).toContain(`### ${provider.title}`);
    }
  });

  it.each(results.map(({ file }) => file))('%s is current (run `pnpm docs:generate` if this fails)', (file) => {
    const { current, generated } = results.find((result) => result.file === file)!;
    expect(current, `${file} is out of date: run \`pnpm build && pnpm docs:generate\` and commit the result`).toBe(generated);
  });
});

describe('marked blocks', () => {
  const text = 'intro\n<!-- generated:a -->\nold\n<!-- /generated:a -->\noutro\n';

  it('replace only the content between the markers', () => {
    expect(replaceBlock(text, 'generated:a', 'new')).toBe('intro\n<!-- generated:a -->\n\nnew\n\n<!-- /generated:a -->\noutro\n');
  });

  it('are stable: replacing twice gives the same text', () => {
    const once = replaceBlock(text, 'generated:a', 'new');
    expect(replaceBlock(once, 'generated:a', 'new')).toBe(once);
  });

  it('refuse a missing or repeated block, naming the file', () => {
    expect(() => replaceBlock(text, 'generated:b', 'x', 'docs/x.md')).toThrow('docs/x.md has no <!-- generated:b --> … <!-- /generated:b --> block');
    expect(() => replaceBlock(`${text}${text}`, 'generated:a', 'x', 'docs/x.md')).toThrow('docs/x.md has 2 <!-- generated:a --> blocks');
  });

  it('are found by prefix', () => {
    expect(blockNames('<!-- lifecycle:sgate -->x<!-- /lifecycle:sgate --> <!-- lifecycle:open -->', 'lifecycle:')).toEqual(['lifecycle:sgate']);
  });
});
