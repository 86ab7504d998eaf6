import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig, type Plugin } from 'vitest/config';

const root = fileURLToPath(new URL('.', import.meta.url));

/**
 * Resolves `@clientele/<pkg>` and `@clientele/<pkg>/<entry>` to the package's TypeScript source,
 * so tests never run against a stale `dist/`. `runtime: 'node'` prefers `src/<entry>.node.ts`
 * (the file behind the `node` export condition); every other runtime gets `src/<entry>.ts`,
 * exactly as the published `exports` map does.
 */
function clienteleSource(runtime: 'node' | 'web'): Plugin {
  return {
    name: 'clientele-source',
    enforce: 'pre',
    resolveId(id) {
      const match = /^@clientele\/([a-z0-9-]+)(?:\/([a-z0-9-]+))?$/.exec(id);
      if (!match) return null;
      const [, pkg, entry = 'index'] = match;
      const candidates = runtime === 'node' ? [`${entry}.node.ts`, `${entry}.ts`] : [`${entry}.ts`];
      for (const file of candidates) {
        const path = `${root}packages/${pkg}/src/${file}`;
        if (existsSync(path)) return path;
      }
      return null;
    },
  };
}

/** Test files: `*.test.ts` run everywhere; `*.node.test.ts` only in Node; `*.browser.test.ts` only in Chromium. */
const everywhere = ['packages/*/src/**/*.test.ts', 'examples/**/*.test.ts'];
const nodeOnly = ['packages/*/src/**/*.node.test.ts', 'examples/**/*.node.test.ts'];
const browserOnly = ['packages/*/src/**/*.browser.test.ts', 'examples/**/*.browser.test.ts'];
const never = ['**/node_modules/**', '**/dist/**'];

const chromiumArgs = [
  '--no-sandbox',
  '--headless',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const mockServerFor = (runtime: 'node' | 'browser') => ({
  find: /^#mock-server$/,
  replacement: `${root}packages/core/test-support/mock-server.${runtime}.ts`,
});

export default defineConfig({
  test: {
    reporters: ['default', './scripts/summary-reporter.ts'],
    projects: [
      {
        plugins: [clienteleSource('node')],
        resolve: { alias: [mockServerFor('node')] },
        test: {
          name: 'node',
          environment: 'node',
          include: everywhere,
          exclude: [...never, ...browserOnly],
        },
      },
      {
        plugins: [clienteleSource('web')],
        resolve: { alias: [mockServerFor('node')] },
        test: {
          name: 'edge',
          environment: 'edge-runtime',
          include: everywhere,
          exclude: [...never, ...browserOnly, ...nodeOnly],
        },
      },
      {
        plugins: [clienteleSource('web')],
        resolve: { alias: [mockServerFor('browser')] },
        publicDir: `${root}packages/core/test-support/public`,
        optimizeDeps: { include: ['msw', 'msw/browser', 'zod/mini', 'ky', 'fast-check'] },
        test: {
          name: 'browser',
          include: [...everywhere, ...browserOnly],
          exclude: [...never, ...nodeOnly],
          browser: {
            enabled: true,
            headless: true,
            screenshotFailures: false,
            instances: [{ browser: 'chromium' }],
            provider: playwright({
              launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: chromiumArgs },
            }),
          },
        },
      },
    ],
  },
});
