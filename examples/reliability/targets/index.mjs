// Every soak target, one entry per provider; adding one is one line. All of them take part in every
// run: a provider whose package is missing or not built fails loudly when its target loads.

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
