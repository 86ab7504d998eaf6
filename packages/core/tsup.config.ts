import { defineConfig } from 'tsup';

export default defineConfig({
  entry: { index: 'src/index.ts', 'index.node': 'src/index.node.ts', testing: 'src/testing.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  platform: 'neutral',
  target: 'es2022',
  sourcemap: false,
  treeshake: true,
  external: ['msw', 'msw/node', 'msw/browser', 'node:crypto'],
  // Keep `node:crypto` as written: only the Node entry (index.node) imports it.
  removeNodeProtocol: false,
});
