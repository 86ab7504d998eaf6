import budgets from '../budgets.json' with { type: 'json' };
import { startLoopbackServer } from '../lib/loopback-server.mjs';
import { providers } from '../providers/index.mjs';

const MB = 1024 * 1024;

/**
 * Memory: each provider's auto-paginating `customers.list` over `budgets.memory.customers` customers served by a
 * loopback mock, 100 per page. Two passes per provider: one forcing a GC every 100 customers (the live heap,
 * which is what must stay bounded), one without (the peak `heapUsed`, garbage included). The baseline is the
 * same list collected with `toArray()`, which holds every customer at once.
 */
export default async function run() {
  const count = budgets.memory.customers;
  const limitMB = budgets.memory.maxLiveHeapGrowthMB;
  const section = { id: 'memory', title: `Memory: auto-paginating ${count.toLocaleString('en')} customers`, rows: [], notes: [] };
  for (const provider of providers) {
    let server;
    try {
      const setup = await provider.memory(count);
      server = await startLoopbackServer(setup.routes);
      // Warm up first: loading the package, undici (Node's fetch) and compiling the code are one-time costs, not
      // memory held by the iteration.
      await (await setup.list(server.url)).first();
      const live = await measure(() => setup.list(server.url), { forceGc: true });
      const peak = await measure(() => setup.list(server.url), { forceGc: false });
      const collected = await measureToArray(() => setup.list(server.url), count);
      if (live.items !== count || peak.items !== count) throw new Error(`${provider.title}: iterated ${live.items}/${peak.items} customers instead of ${count}`);
      const growthMB = live.maxGrowth / MB;
      section.rows.push({
        measurement: `${provider.title}: \`for await\` over customers.list${setup.unpaged ? ' (one unpaged response)' : ''}`,
        figure: `live +${growthMB.toFixed(2)} MB, peak heapUsed +${(peak.maxGrowth / MB).toFixed(1)} MB, RSS ${(peak.maxRss / MB).toFixed(0)} MB`,
        baseline: `toArray() live +${(collected / MB).toFixed(1)} MB`,
        ratio: live.maxGrowth / collected,
        budget: setup.unpaged ? '(no paging to bound)' : `≤ +${limitMB} MB live`,
        status: setup.unpaged ? 'info' : growthMB <= limitMB ? 'pass' : 'miss',
      });
      if (setup.note) section.notes.push(`${provider.title}: ${setup.note}`);
    } catch (error) {
      // One provider failing (a missing or broken build included) is an error on its row; the others still run.
      section.rows.push({ measurement: `${provider.title}: customers.list`, figure: '—', budget: `≤ +${limitMB} MB`, status: 'error' });
      section.notes.push(`${provider.title} failed: ${String(error?.message ?? error).split('\n')[0]}`);
    } finally {
      await server?.close();
    }
  }
  section.description = `Each list is iterated to the end with \`for await\` against a loopback mock in another process (100 customers per page where the provider pages). "live" is the largest growth of the heap over its starting point with a forced GC every 100 customers, i.e. what the iteration retains; "peak heapUsed" is the largest \`heapUsed\` sampled every 10 customers without forced GCs (garbage not yet collected included); RSS is the process's peak resident set. Each provider is warmed up first (one page fetched), so loading code is not counted. The baseline collects the same customers with \`toArray()\`, which holds them all. Budget: the live heap stays within +${limitMB} MB, whatever the number of customers.`;
  return section;
}

async function measure(makeList, { forceGc }) {
  globalThis.gc();
  const start = process.memoryUsage().heapUsed;
  let maxGrowth = 0;
  let maxRss = 0;
  let items = 0;
  for await (const _customer of await makeList()) {
    items++;
    if (forceGc ? items % 100 === 0 : items % 10 === 0) {
      if (forceGc) globalThis.gc();
      const usage = process.memoryUsage();
      maxGrowth = Math.max(maxGrowth, usage.heapUsed - start);
      maxRss = Math.max(maxRss, usage.rss);
    }
  }
  return { items, maxGrowth, maxRss };
}

async function measureToArray(makeList, count) {
  globalThis.gc();
  const start = process.memoryUsage().heapUsed;
  const all = await (await makeList()).toArray({ max: count });
  globalThis.gc();
  const growth = process.memoryUsage().heapUsed - start;
  if (all.length !== count) throw new Error(`toArray() returned ${all.length} customers instead of ${count}`);
  return growth;
}
