import { createRequire } from 'node:module';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { root } from './resolve-entry.mjs';

/** esbuild as size-limit's own esbuild plugin loads it, so the breakdown bundles exactly as `pnpm size` does. */
function sizeLimitEsbuild() {
  const fromRoot = createRequire(join(root, 'package.json'));
  const preset = fromRoot.resolve('@size-limit/preset-small-lib');
  const plugin = createRequire(preset).resolve('@size-limit/esbuild');
  return createRequire(plugin)('esbuild');
}

/**
 * Where the gzipped bytes of one entry come from: the entry is bundled for the browser (minified, tree-shaken
 * to `importStatement`) again and again, each time leaving out one more dependency (ky, then zod, then
 * @clientele/core); each removal's saving is that dependency's share. Gzip sizes are not additive, so the shares
 * are marginal contributions in that order; they add up to the full size.
 *
 * @param {string} file absolute path of the built entry
 * @param {string} importStatement e.g. `{ createPayabli }`
 * @returns {Promise<{ total: number, parts: { name: string, bytes: number }[] }>} gzip level 9 bytes
 */
export async function bundleBreakdown(file, importStatement) {
  const esbuild = sizeLimitEsbuild();
  const names = importStatement === '*' ? 'all' : importStatement.replace(/[{}]/g, '').trim();
  const contents = `import ${importStatement === '*' ? '* as all' : importStatement} from ${JSON.stringify(file)};\nconsole.log(${names});\n`;
  const sizeWithout = async (external) => {
    const result = await esbuild.build({
      stdin: { contents, resolveDir: root, loader: 'js' },
      bundle: true,
      minify: true,
      treeShaking: true,
      write: false,
      format: 'esm',
      platform: 'browser',
      external,
      logLevel: 'silent',
    });
    return gzipSync(result.outputFiles[0].contents, { level: 9 }).length;
  };
  const steps = [
    { name: 'ky', external: ['ky'] },
    { name: 'zod', external: ['ky', 'zod', 'zod/*'] },
    { name: '@clientele/core', external: ['ky', 'zod', 'zod/*', '@clientele/core', '@clientele/core/*'] },
  ];
  const total = await sizeWithout([]);
  const parts = [];
  let previous = total;
  for (const step of steps) {
    const size = await sizeWithout(step.external);
    parts.push({ name: step.name, bytes: previous - size });
    previous = size;
  }
  parts.push({ name: 'own code', bytes: previous });
  return { total, parts };
}
