import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

const source = dirname(fileURLToPath(import.meta.url));
const core = resolve(source, '../../core/src');

/** Every file a runtime entry reaches through relative imports (including core's source). */
function reachable(entry: string, seen = new Set<string>()): Set<string> {
  if (seen.has(entry)) return seen;
  seen.add(entry);
  const text = readFileSync(entry, 'utf8');
  for (const [, specifier] of text.matchAll(/^\s*(?:import|export)\s[^'"]*?from\s+'([^']+)'/gm)) {
    if (specifier!.startsWith('.')) reachable(resolve(dirname(entry), specifier!.replace(/\.js$/, '.ts')), seen);
    else if (specifier === '@clientele/core') reachable(join(core, 'index.ts'), seen);
  }
  return seen;
}

describe('package boundaries', () => {
  it.each(['index.ts', 'encrypt.ts'])('%s reaches no node: module, Buffer, process or msw', (entry) => {
    for (const file of reachable(join(source, entry))) {
      const code = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
      expect(code, file).not.toMatch(/from '(node:|msw)/);
      expect(code, file).not.toMatch(/\bBuffer\b|\bprocess\./);
    }
  });

  it('only the Node entry reaches node:crypto', () => {
    const files = [...reachable(join(source, 'index.node.ts'))].filter((file) => /from 'node:/.test(readFileSync(file, 'utf8')));
    expect(files.map((file) => file.slice(source.length + 1))).toEqual(['rsa/node-rsa-engine.node.ts']);
  });

  async function gzippedSize(entry: string, importLine: string): Promise<number> {
    const result = await build({
      stdin: { contents: `${importLine} from '${join(source, entry)}'; console.log(x);`, resolveDir: source, loader: 'ts' },
      bundle: true, minify: true, format: 'esm', platform: 'browser', write: false, logLevel: 'silent',
      alias: { '@clientele/core': join(core, 'index.ts') },
    });
    return gzipSync(result.outputFiles[0]!.contents).length;
  }

  it('keeps the browser encryptor within its 6 kB budget (minified + gzipped, dependencies included)', async () => {
    expect(await gzippedSize('encrypt.ts', 'import * as x')).toBeLessThanOrEqual(6000);
  });
});
