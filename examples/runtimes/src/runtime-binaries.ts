import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** A JavaScript runtime other than Node, found (or not) on this machine. */
export interface RuntimeBinary {
  name: 'bun' | 'deno';
  /** The executable, when one runs here. */
  path?: string | undefined;
  /** `--version` output (first line), when it runs. */
  version?: string | undefined;
  /** Why it cannot run here, when it cannot. */
  unavailable?: string | undefined;
}

const requireFromRoot = createRequire(new URL('../../../package.json', import.meta.url));

/**
 * Where each runtime's binary comes from: an npm package the root devDependencies install (the
 * linux-x64 glibc builds; other platforms may point `BUN_BINARY` / `DENO_BINARY` at a local install).
 */
const sources = {
  bun: { environment: 'BUN_BINARY', packageName: '@oven/bun-linux-x64', file: 'bin/bun' },
  deno: { environment: 'DENO_BINARY', packageName: '@deno/linux-x64-glibc', file: 'deno' },
} as const;

/** Finds and runs `<runtime> --version`; never throws. */
export function findRuntime(name: RuntimeBinary['name']): RuntimeBinary {
  const source = sources[name];
  let path = process.env[source.environment];
  if (!path) {
    if (process.platform !== 'linux' || process.arch !== 'x64') {
      return { name, unavailable: `the npm build installed here (${source.packageName}) is for linux-x64; set ${source.environment} to a local ${name}` };
    }
    try {
      path = join(dirname(requireFromRoot.resolve(`${source.packageName}/package.json`)), source.file);
    } catch {
      return { name, unavailable: `${source.packageName} is not installed (run \`pnpm install\`)` };
    }
  }
  if (!existsSync(path)) return { name, unavailable: `${path} does not exist` };
  const probe = spawnSync(path, ['--version'], { encoding: 'utf8', timeout: 20_000 });
  if (probe.status !== 0) return { name, unavailable: `${path} --version failed: ${(probe.error?.message ?? probe.stderr).trim()}` };
  return { name, path, version: probe.stdout.trim().split('\n')[0] };
}
