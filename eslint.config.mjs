// Flat config: typescript-eslint's recommended rules on every TypeScript source, plus the project's
// own guard rails: zod is always imported as a namespace from 'zod/mini' (a named `{ z }` import
// defeats tree-shaking: 93 kB instead of 6 kB gzipped), and runtime sources never import `node:`
// modules (they must run in browsers and edge runtimes; Node-only code lives in *.node.ts).
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', 'docs/api/**', '**/public/mockServiceWorker.js', '**/*.mjs', '**/*.cjs', '**/*.js'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-explicit-any': 'error',
      'no-restricted-imports': ['error', {
        paths: [{ name: 'zod', message: "Use `import * as z from 'zod/mini'`." }],
        patterns: [{ group: ['zod/v4', 'zod/v3'], message: "Use `import * as z from 'zod/mini'`." }],
      }],
      'no-restricted-syntax': ['error', {
        selector: "ImportDeclaration[source.value='zod/mini'] > ImportSpecifier",
        message: "Use `import * as z from 'zod/mini'`: named imports from zod defeat tree-shaking.",
      }],
    },
  },
  {
    files: ['packages/*/src/**/*.ts'],
    ignores: ['**/*.test.ts', '**/*.node.ts', '**/testing/**', '**/testing.ts', '**/__fixtures__/**'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [{ name: 'zod', message: "Use `import * as z from 'zod/mini'`." }, { name: 'msw', message: 'msw belongs in /testing only.' }],
        patterns: [
          { group: ['node:*'], message: 'Runtime code must run in browsers and edge runtimes: put Node-only code in a *.node.ts file behind the `node` export condition.' },
          { group: ['zod/v4', 'zod/v3'], message: "Use `import * as z from 'zod/mini'`." },
          { group: ['msw/*'], message: 'msw belongs in /testing only.' },
        ],
      }],
      'no-restricted-globals': ['error', { name: 'Buffer', message: 'Use the encoders in @clientele/core.' }, { name: 'process', message: 'Not available in browsers and edge runtimes.' }],
    },
  },
);
