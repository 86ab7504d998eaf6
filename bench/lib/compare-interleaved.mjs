import { summarize, median } from './statistics.mjs';

/**
 * Times several variants of the same operation side by side: after a warm-up, each round runs one block of
 * `blockSize` sequential calls per variant, in an order rotated every round, so that drift of the machine
 * (CPU frequency, other processes, GC pressure) falls on every variant alike. A block's time divided by its
 * call count is one sample; each variant's figure is the median of its samples.
 *
 * `ratios` holds, per variant, the median over rounds of (this variant's sample ÷ the baseline's sample in the
 * same round): a paired comparison, robust to drift between rounds.
 *
 * @param {{ name: string, call: () => Promise<unknown> | unknown }[]} variants the first one is the baseline
 * `clock: 'cpu'` measures this process's CPU time (user + system, `process.cpuUsage()`) instead of wall-clock
 * time: immune to waiting for a busy CPU, it is the right clock for work that never leaves the process.
 *
 * @param {{ rounds?: number, blockSize?: number, warmupBlocks?: number, collectGarbage?: boolean, clock?: 'wall' | 'cpu' }} [options]
 * @returns {Promise<{ samples: Record<string, number[]>, summary: Record<string, ReturnType<typeof summarize>>, ratios: Record<string, number> }>}
 *   sample values are microseconds per call
 */
export async function compareInterleaved(variants, options = {}) {
  const { rounds = 20, blockSize = 50, warmupBlocks = 2, collectGarbage = true, clock = 'wall' } = options;
  const runBlock = clock === 'cpu' ? runBlockCpu : runBlockWall;
  const gc = collectGarbage && typeof globalThis.gc === 'function' ? globalThis.gc : () => {};
  for (let block = 0; block < warmupBlocks; block++) {
    for (const variant of variants) await runBlockWall(variant.call, blockSize);
  }
  const samples = Object.fromEntries(variants.map((variant) => [variant.name, []]));
  for (let round = 0; round < rounds; round++) {
    for (let index = 0; index < variants.length; index++) {
      const variant = variants[(index + round) % variants.length];
      gc();
      samples[variant.name].push(await runBlock(variant.call, blockSize));
    }
  }
  const baseline = samples[variants[0].name];
  const summary = Object.fromEntries(Object.entries(samples).map(([name, values]) => [name, summarize(values)]));
  const ratios = Object.fromEntries(
    Object.entries(samples).map(([name, values]) => [name, median(values.map((value, round) => value / baseline[round]))]),
  );
  return { samples, summary, ratios };
}

/** Runs `call` `count` times in sequence and returns the mean CPU microseconds of this process per call. */
async function runBlockCpu(call, count) {
  const started = process.cpuUsage();
  for (let index = 0; index < count; index++) await call();
  const used = process.cpuUsage(started);
  return (used.user + used.system) / count;
}

/** Runs `call` `count` times in sequence and returns the mean wall-clock microseconds per call. */
async function runBlockWall(call, count) {
  const started = process.hrtime.bigint();
  for (let index = 0; index < count; index++) await call();
  return Number(process.hrtime.bigint() - started) / 1000 / count;
}
