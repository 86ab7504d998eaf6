// Every soak target, one entry per provider. A provider takes part once its package has landed (its
// `/testing` entry exists) and its target file is here; adding one is one line.
import { existsSync } from 'node:fs';

const root = new URL('../../../', import.meta.url);

/**
 * @typedef {object} TargetEntry
 * @property {string} name Provider id, also the package directory under packages/.
 * @property {() => Promise<import('../soak-engine.mjs').SoakTarget>} load
 */

/** @type {readonly TargetEntry[]} */
export const PROVIDER_TARGETS = Object.freeze([
  { name: 'sgate', load: async () => (await import('./sgate.mjs')).sgateTarget },
  { name: 'paycombat', load: async () => (await import('./paycombat.mjs')).paycombatTarget },
  { name: 'paybase', load: async () => (await import('./paybase.mjs')).paybaseTarget },
  { name: 'payabli', load: async () => (await import('./payabli.mjs')).payabliTarget },
]);

/** The core-only reference provider (targets/reference.mjs): never soaked by default, selectable with `--targets reference`. */
export const REFERENCE_TARGET = Object.freeze({ name: 'reference', load: async () => (await import('./reference.mjs')).referenceTarget });

/**
 * The providers that can be soaked: the package's `/testing` entry exists — built (`dist/testing.js`,
 * for `pnpm soak`) or as source (`src/testing.ts`, for the test run) — and so does its target file.
 * @param {'dist' | 'source'} form
 * @returns {{ available: TargetEntry[], missing: { name: string, reason: string }[] }}
 */
export function landedTargets(form) {
  const available = [];
  const missing = [];
  for (const entry of PROVIDER_TARGETS) {
    const testingEntry = form === 'dist' ? `packages/${entry.name}/dist/testing.js` : `packages/${entry.name}/src/testing.ts`;
    if (!existsSync(new URL(testingEntry, root))) missing.push({ name: entry.name, reason: `${testingEntry} does not exist${form === 'dist' ? ' (run `pnpm build`)' : ''}` });
    else if (!existsSync(new URL(`examples/reliability/targets/${entry.name}.mjs`, root))) missing.push({ name: entry.name, reason: `examples/reliability/targets/${entry.name}.mjs does not exist` });
    else available.push(entry);
  }
  return { available, missing };
}
