// Every package's built default entry in Bun (the npm build @oven/bun-linux-x64); skipped with the
// reason in the test name where that binary cannot run.
import { defineRuntimeSmokeTests } from './src/define-runtime-smoke-tests.js';

defineRuntimeSmokeTests('bun', 'Bun/');
