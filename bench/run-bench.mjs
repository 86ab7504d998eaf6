#!/usr/bin/env node
// `pnpm bench`: every benchmark of the SDKs in one run, side by side with its baseline measured in the same
// run, checked against bench/budgets.json. Prints a table and writes docs/benchmarks.md.
//
//   pnpm bench                       full run (a few minutes on 2 cores), writes docs/benchmarks.md
//   pnpm bench -- --strict           same, but exits 1 when a budget is missed (default: print misses, exit 0)
//   pnpm bench -- --quick            fewer rounds, for a quick look (does not write the docs unless --write)
//   pnpm bench -- --only=overhead,bundle-size   some sections only (does not write the docs unless --write)
//
// Sections (bench/sections/*.mjs) each run in a fresh Node process with --expose-gc.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { budgetMisses, toText } from './lib/format-report.mjs';
import { loadText, machineInfo } from './lib/machine-info.mjs';
import { root } from './lib/resolve-entry.mjs';
import { runSection } from './lib/run-section.mjs';
import { toMarkdown } from './lib/to-markdown.mjs';
import { providers } from './providers/index.mjs';

const SECTIONS = ['overhead', 'sgate-crypto', 'sgate-list', 'bundle-size', 'import-time', 'memory'];

const args = process.argv.slice(2).filter((arg) => arg !== '--');
const flag = (name) => args.includes(`--${name}`);
const only = args.find((arg) => arg.startsWith('--only='))?.slice('--only='.length).split(',');
const unknown = args.filter((arg) => !['--strict', '--quick', '--write'].includes(arg) && !arg.startsWith('--only='));
if (unknown.length || (only && only.some((name) => !SECTIONS.includes(name)))) {
  console.error(`Unknown argument ${unknown.join(' ') || only.join(',')}. Use --strict, --quick, --write or --only=${SECTIONS.join(',')}.`);
  process.exit(2);
}

const context = { quick: flag('quick'), providers: providers.map((provider) => provider.name) };
const machine = machineInfo();
console.log(`Clientele benchmarks — ${machine.cpu}, Node ${process.version}, ${machine.date}${context.quick ? ' (quick)' : ''}, load ${machine.load}`);

const started = Date.now();
const results = [];
for (const name of only ?? SECTIONS) {
  const sectionStarted = Date.now();
  process.stdout.write(`… ${name}`);
  // A section may report several tables (an array of results).
  const result = [await runSection(name, context)].flat();
  process.stdout.write(` (${((Date.now() - sectionStarted) / 1000).toFixed(0)} s)\n`);
  results.push(...result);
}
const seconds = (Date.now() - started) / 1000;
machine.loadAtEnd = loadText();

console.log(toText(results));
const misses = budgetMisses(results);
console.log('');
if (misses.length) {
  console.log(`Budgets missed (${misses.length}):`);
  for (const miss of misses) console.log(`  ✗ ${miss}`);
} else {
  console.log('Every budget measured in this run was met.');
}

const writeDocs = flag('write') || (!only && !context.quick);
if (writeDocs) {
  const path = join(root, 'docs', 'benchmarks.md');
  writeFileSync(path, toMarkdown({ machine, results, misses, seconds, quick: context.quick }));
  console.log(`Wrote ${path} (${seconds.toFixed(0)} s in total).`);
}

if (flag('strict') && misses.length) {
  console.error(`--strict: ${misses.length} budget(s) missed.`);
  process.exit(1);
}
