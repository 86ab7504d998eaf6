import type { BuildOptions } from 'esbuild';

/**
 * The esbuild options of a Workers build (`--bundle --format=esm --platform=neutral
 * --conditions=workerd,worker,browser --target=es2022`), output kept in memory: add the entry
 * (`entryPoints` or `stdin`) and pass them to esbuild's `build`. `@clientele/*` resolves through
 * `node_modules` to `packages/<p>/dist`, never to the source.
 */
export const workerBuildOptions = {
  bundle: true,
  write: false,
  format: 'esm',
  platform: 'neutral',
  conditions: ['workerd', 'worker', 'browser'],
  target: 'es2022',
  logLevel: 'silent',
} satisfies BuildOptions;
