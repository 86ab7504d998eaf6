#!/usr/bin/env node
// The browser test project runs in real headless Chromium (Debian's package; Playwright cannot
// download its own browser on these machines). This makes `pnpm test` work on a fresh Debian/Ubuntu
// machine: if no Chromium is found and we are root with apt-get, install it; otherwise say exactly
// what to do.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (existsSync(path)) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { encoding: 'utf8' }).status === 0;
if (isRoot && hasApt) {
  console.log(`Chromium not found at ${path}; installing Debian's chromium package for the browser tests…`);
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
  execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  if (existsSync(path)) process.exit(0);
}
console.error(
  `The browser tests need Chromium at ${path}.\n` +
    '  Debian/Ubuntu: sudo apt-get install -y chromium\n' +
    '  Elsewhere: install Chromium or Chrome and set CHROMIUM_PATH to its executable.',
);
process.exit(1);
