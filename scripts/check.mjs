#!/usr/bin/env node
// `pnpm check`: the static checks the test command runs before the tests — for every package:
// the type check, then the linter over the whole tree, the API reference (typedoc, warnings are
// errors), then publint and `attw --pack` on each built package (run `pnpm build` first; `pnpm test` does).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const packages = readdirSync(join(root, 'packages'))
  .map((name) => join(root, 'packages', name))
  .filter((dir) => existsSync(join(dir, 'package.json')));
const examples = existsSync(join(root, 'examples'))
  ? readdirSync(join(root, 'examples'))
      .map((name) => join(root, 'examples', name))
      .filter((dir) => existsSync(join(dir, 'tsconfig.json')))
  : [];

const failures = [];
function run(label, command, args, cwd) {
  const started = Date.now();
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', shell: false });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}`.trim();
  if (result.status === 0) {
    console.log(`✓ ${label} (${seconds}s)`);
  } else {
    failures.push(label);
    console.log(`✗ ${label} (${seconds}s)\n${output}\n`);
  }
  return output;
}

const bin = (name) => join(root, 'node_modules', '.bin', name);

for (const dir of [...packages, ...examples]) {
  const name = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).name;
  run(`tsc ${name}`, bin('tsc'), ['-p', 'tsconfig.json', '--noEmit'], dir);
}

run('eslint', bin('eslint'), ['--max-warnings=0', '.'], root);

// The API reference must build without a warning (typedoc.json treats warnings as errors); --emit none
// validates every doc comment and link without writing the site (`pnpm run docs` writes it).
run('typedoc', bin('typedoc'), ['--emit', 'none'], root);

for (const dir of packages) {
  const name = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).name;
  if (!existsSync(join(dir, 'dist'))) {
    failures.push(`${name}: not built`);
    console.log(`✗ ${name}: dist/ missing — run \`pnpm build\` first`);
    continue;
  }
  run(`publint ${name}`, bin('publint'), ['--strict'], dir);
  // node16 profile: the package supports Node ≥ 20 (no node10 resolution of subpath exports).
  run(`attw ${name}`, bin('attw'), ['--pack', '.', '--profile', 'node16', '--format', 'table-flipped'], dir);
}

if (failures.length > 0) {
  console.log(`\n${failures.length} check(s) failed: ${failures.join(', ')}`);
  process.exit(1);
}
console.log('\nall checks passed');
