import { defineConfig } from 'tsup';

export default defineConfig({
  entry: {
    index: 'src/index.ts',
    'index.node': 'src/index.node.ts',
    encrypt: 'src/encrypt.ts',
    testing: 'src/testing.ts',
  },
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  platform: 'neutral',
  target: 'es2022',
  sourcemap: false,
  treeshake: true,
  external: ['msw', 'msw/node', 'msw/browser', 'node:crypto'],
  // Keep `node:crypto` as written: only the Node entry imports it, and the prefix works in Node, Deno and Bun.
  removeNodeProtocol: false,
});
