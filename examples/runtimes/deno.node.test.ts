// Every package's built default entry in Deno (the npm build @deno/linux-x64-glibc), resolving npm
// packages from node_modules; skipped with the reason in the test name where that binary cannot run.
import { defineRuntimeSmokeTests } from './src/define-runtime-smoke-tests.js';

defineRuntimeSmokeTests('deno', 'Deno/');
