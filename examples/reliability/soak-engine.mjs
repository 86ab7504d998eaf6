// The soak engine: drives many concurrent calls through provider clients against their `/testing`
// mocks, injects random faults through each mock's `FailureInjector`, and checks the invariants of
// "nothing lost, nothing leaked, nothing forged" on every call and at the end of the run.
//
// Used by `pnpm soak` (soak/run-soak.mjs: 10,000 calls at concurrency 50, built packages) and by
// examples/reliability/soak-smoke.node.test.ts (a few hundred calls in the default test run, sources).
import { AsyncLocalStorage } from 'node:async_hooks';
import { inspect } from 'node:util';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { isClienteleError } from '@clientele/core';
import { setupServer } from 'msw/node';
import { FAULT_CATALOGUE } from './fault-catalogue.mjs';

/**
 * @typedef {object} TargetContext What the engine hands a target when it builds its client and mock.
 * @property {import('@clientele/core').ClientOptions} clientOptions Tiny timeouts and backoff, a counting logger.
 * @property {typeof fetch} fetch Tags each attempt so the engine can attribute faults; pass it as the client's `fetch`.
 *
 * @typedef {object} SoakOperation One kind of call a target makes.
 * @property {string} name e.g. `'create'`.
 * @property {number} weight Relative frequency.
 * @property {boolean} [creates] The call creates a customer; it must resolve to `{ id, key }` (plus `deleted: true` when it deleted it again).
 * @property {boolean} [needsCustomer] The call acts on a customer created earlier in the run.
 * @property {import('@clientele/core/testing').FaultMatch} [match] Which requests a fault injected for this call targets.
 * @property {number} [maxRequests] Logical requests one call may send (e.g. 2 for a create that looks a duplicate up). @default 1
 * @property {(input: { key: string, customer: { id: string, key: string } | undefined, random: () => number }) => Promise<unknown>} run
 *
 * @typedef {object} TargetInstance A provider client and its mock, ready to soak.
 * @property {import('msw').RequestHandler[]} handlers The mock's MSW handlers.
 * @property {import('@clientele/core/testing').FailureInjector} faults The mock's failure injector (`sandbox.faults`).
 * @property {string[]} secrets Values that must never appear in an error or a log line.
 * @property {SoakOperation[]} operations
 * @property {() => string[]} storedKeys The soak key of every customer in the mock's store (duplicates are violations).
 * @property {string[]} [skipFaults] Fault names of the catalogue this provider cannot render.
 * @property {() => void | Promise<void>} [close] Releases the mock's state.
 *
 * @typedef {object} SoakTarget
 * @property {string} name
 * @property {string} packageName
 * @property {boolean} signsResponses Whether bad and missing response signatures apply.
 * @property {(context: TargetContext) => Promise<TargetInstance>} create
 *
 * @typedef {object} SoakOptions
 * @property {SoakTarget[]} targets
 * @property {number} calls Total calls, spread evenly over the targets.
 * @property {number} concurrency Calls in flight at once.
 * @property {number} [faultRate] Probability that a call injects a fault. @default 0.3
 * @property {number} [seed] Seeds every random choice (operations, faults, storms). @default 1
 * @property {number} [heapGrowthLimitMb] Allowed heap growth after the run, the mocks released and a forced GC. @default 48
 * @property {number} [settleMs] How long the engine waits for handles to close after the run. @default 5000
 * @property {Partial<import('@clientele/core').ClientOptions>} [clientOptions] Overrides of the tiny defaults.
 * @property {string[]} [excludeFaults] Fault names of the catalogue not to inject in this run.
 * @property {(done: number, total: number) => void} [onProgress]
 * @property {(record: { target: string, operation: string, faults: (string | undefined)[], ok: boolean, error?: unknown }) => void} [onCall]
 *   Sees every call after it settled, with the fault each of its requests received (for diagnosis).
 */

/**
 * Client options that make retries near-instant. `timeout` leaves room for an event loop loaded with 50
 * concurrent calls on a busy machine, so a call times out only when a fault stalls it (1.5 × this).
 */
export const SOAK_CLIENT_OPTIONS = Object.freeze({
  timeout: 3_000,
  maxRetries: 2,
  backoff: { initialDelay: 1, maxDelay: 4 },
  maxRetryDelay: 10,
  logLevel: 'debug',
});

/** The request header that carries `<call>.<attempt>`, so a fault taken by the mock is attributed to its call. */
export const ATTEMPT_HEADER = 'x-soak-attempt';

/**
 * Runs the soak and returns its report. Never throws for a violation: they are listed in
 * `report.violations` (empty when every invariant held).
 * @param {SoakOptions} options
 */
export async function runSoak(options) {
  const { targets, calls, concurrency, faultRate = 0.3, seed = 1, heapGrowthLimitMb = 48, settleMs = 5_000 } = options;
  if (targets.length === 0) throw new Error('runSoak: no targets.');
  const gc = exposeGc();
  const violations = new ViolationLog();
  const rejections = trackUnhandledRejections(violations);
  // process.stdout and process.stderr open their handles on first use: open them now, so a log line
  // written during the run is not mistaken for a leaked handle.
  void process.stdout.writable;
  void process.stderr.writable;
  const resourcesBefore = countResources();
  const callContext = new AsyncLocalStorage();
  const taken = new Map(); // attempt id → fault kind taken by the mock for that attempt
  const clientOptions = { ...SOAK_CLIENT_OPTIONS, ...options.clientOptions };
  const stallMs = Math.round(clientOptions.timeout * 1.5);

  let server;
  try {
    const states = [];
    for (const target of targets) {
      const scan = createSecretScan(target.name, violations);
      const logger = createCountingLogger((line) => scan.check(line, 'log line'));
      const instance = await target.create({
        clientOptions: { ...clientOptions, logger },
        fetch: createAttributingFetch(callContext),
      });
      scan.secrets = instance.secrets;
      observeFaults(instance.faults, taken);
      const skipped = [...(instance.skipFaults ?? []), ...(options.excludeFaults ?? [])];
      const faults = FAULT_CATALOGUE.filter((fault) => (target.signsResponses || !fault.signature) && !skipped.includes(fault.name));
      states.push({ target, instance, faults, scan, logger, pool: [], createdKeys: new Set(), stats: createTargetStats(target) });
    }

    server = setupServer(...states.flatMap((state) => state.instance.handlers));
    server.listen({ onUnhandledRequest: 'error' });
    const { maxRetries } = clientOptions;

    // Warm-up, not counted: one fault-free call of each operation per target, one target at a time, so
    // lazy imports, key imports and JIT compilation do not land on the first concurrent calls.
    for (const state of states) await warmUp(state, violations);

    const heap = createHeapSampler(gc);
    const started = performance.now();
    let next = 0;
    let done = 0;
    const worker = async () => {
      while (next < calls) {
        const index = next++;
        const state = states[index % states.length];
        await runCall({ index, state, seed, faultRate, maxRetries, stallMs, callContext, taken, violations, onCall: options.onCall });
        done += 1;
        if (options.onProgress && done % 500 === 0) options.onProgress(done, calls);
      }
    };
    await Promise.all(Array.from({ length: Math.min(concurrency, calls) }, worker));
    const durationMs = performance.now() - started;
    heap.sample();

    // End of run: every customer created exactly once, nothing left pending.
    for (const state of states) {
      checkStore(state, violations);
      state.stats.faultsLeftPending = state.instance.faults.pending;
      state.instance.faults.clear();
    }
    server.close();
    server = undefined;
    await Promise.all(states.map((state) => state.instance.close?.()));
    const heapAtEnd = heap.stop();
    // Drop every reference the engine holds to clients, mocks and pools before the last measurements.
    const perTarget = states.map((state) => finishStats(state));
    states.length = 0;
    taken.clear();

    const resourcesAfter = await settleResources(resourcesBefore, settleMs);
    const leakedResources = diffResources(resourcesBefore, resourcesAfter);
    for (const [type, extra] of Object.entries(leakedResources)) violations.add('all', 'leaked-handle', `${extra} more active ${type} after the run than before it`);

    const heapAfterGc = await measureHeapAfterGc(gc);
    const heapReport = { ...heapAtEnd, afterReleaseMb: heapAfterGc, limitMb: heapGrowthLimitMb, gc: gc !== undefined };
    if (heapAfterGc !== undefined && heapAfterGc - heapAtEnd.baselineMb > heapGrowthLimitMb) {
      violations.add('all', 'heap-growth', `heap grew by ${(heapAfterGc - heapAtEnd.baselineMb).toFixed(1)} MB (limit ${heapGrowthLimitMb} MB) after the run, with the mocks released and a forced GC`);
    }

    return {
      calls,
      concurrency,
      faultRate,
      seed,
      clientOptions: { ...clientOptions, logger: undefined, stallMs },
      durationMs,
      callsPerSecond: calls / (durationMs / 1000),
      targets: perTarget,
      totals: totalsOf(perTarget),
      unhandledRejections: rejections.count,
      resources: { before: resourcesBefore, after: resourcesAfter, leaked: leakedResources },
      heap: heapReport,
      violations: violations.list(),
    };
  } finally {
    server?.close();
    rejections.stop();
  }
}

/** One call: choose an operation and maybe a fault, run it, check what came back. */
async function runCall({ index, state, seed, faultRate, maxRetries, stallMs, callContext, taken, violations, onCall }) {
  const random = seededRandom(seed, index);
  const { instance, stats, target } = state;
  let operation = pickWeighted(instance.operations, random);
  const customer = operation.needsCustomer ? state.pool[Math.floor(random() * state.pool.length)] : undefined;
  if (operation.needsCustomer && !customer) operation = instance.operations.find((candidate) => candidate.creates) ?? operation;
  const operationStats = (stats.operations[operation.name] ??= { calls: 0, ok: 0, failed: 0 });
  operationStats.calls += 1;
  stats.calls += 1;

  if (random() < faultRate && state.faults.length > 0) {
    const fault = pickWeighted(state.faults, random);
    const times = fault.storm ? 1 + Math.floor(random() * fault.storm) : 1;
    instance.faults.inject(fault.build(random, { stallMs }), { ...operation.match, times });
    increment(stats.faultsInjected, fault.name, times);
  }

  const key = `soak${index}`;
  const call = { id: String(index), attempts: [] };
  let outcome;
  try {
    const value = await callContext.run(call, () => operation.run({ key, customer, random }));
    outcome = { ok: true, value };
  } catch (error) {
    outcome = { ok: false, error };
  }

  const faultsSeen = call.attempts.map((attempt) => taken.get(attempt));
  for (const attempt of call.attempts) taken.delete(attempt);
  for (const kind of faultsSeen) if (kind) increment(stats.faultsTaken, kind);
  stats.attempts += call.attempts.length;
  increment(stats.attemptsPerCall, String(call.attempts.length));
  const bound = (operation.maxRequests ?? 1) * (maxRetries + 1);
  if (call.attempts.length > bound) violations.add(target.name, 'unbounded-retries', `${operation.name} sent ${call.attempts.length} requests (bound ${bound})`);

  onCall?.({ target: target.name, operation: operation.name, faults: faultsSeen, ok: outcome.ok, error: outcome.error });
  const lastFault = faultsSeen.at(-1);
  if (outcome.ok) {
    stats.ok += 1;
    operationStats.ok += 1;
    if (lastFault === 'timeout') {
      // The stalled response is the provider's real one, only late: accepting it (the client's timer fired
      // late on a loaded event loop) returns nothing damaged. Counted, not a violation.
      stats.lateResponsesAccepted += 1;
    } else if (lastFault) {
      const rule = lastFault === 'bad_signature' || lastFault === 'missing_signature' ? 'forged-data-returned' : 'faulted-data-returned';
      violations.add(target.name, rule, `${operation.name} resolved with data from a response injected with ${lastFault}`);
    }
    if (operation.creates) recordCreate(state, outcome.value, key, random, violations);
    return;
  }

  stats.failed += 1;
  operationStats.failed += 1;
  const { error } = outcome;
  if (!isClienteleError(error)) {
    increment(stats.errorKinds, 'not-a-ClienteleError');
    violations.add(target.name, 'foreign-error', `${operation.name} rejected with ${error?.name ?? typeof error}: ${String(error?.message ?? error).slice(0, 200)}`);
    return;
  }
  increment(stats.errorKinds, error.kind);
  state.scan.checkError(error);
  if (!faultsSeen.some(Boolean)) {
    violations.add(target.name, 'failed-without-fault', `${operation.name} failed with ${error.kind}${error.code === undefined ? '' : ` [${error.code}]`} although no fault was injected into any of its ${call.attempts.length} requests: ${error.message.slice(0, 200)}`);
  }
}

async function warmUp(state, violations) {
  const random = seededRandom(0, 0);
  const operations = [...state.instance.operations].sort((a, b) => Number(Boolean(b.creates)) - Number(Boolean(a.creates)));
  let customer;
  for (const operation of operations) {
    const key = `warmup${operation.name.replace(/[^a-z0-9]/gi, '')}`;
    try {
      const value = await operation.run({ key, customer, random });
      if (operation.creates && value?.deleted !== true) {
        customer ??= value;
        state.createdKeys.add(key);
      }
    } catch (error) {
      violations.add(state.target.name, 'warm-up-failed', `${operation.name} failed without any fault: ${String(error?.message ?? error).slice(0, 200)}`);
    }
  }
}

function recordCreate(state, value, key, random, violations) {
  if (!value || typeof value.id !== 'string' || value.key !== key) {
    violations.add(state.target.name, 'bad-create-result', `create resolved without the { id, key } the target must return`);
    return;
  }
  // A customer the call deleted again is neither kept for other calls nor expected in the store.
  if (value.deleted === true) return;
  state.createdKeys.add(key);
  // A bounded pool of customers for retrieve/update, so memory does not grow with the number of calls.
  if (state.pool.length < 200) state.pool.push(value);
  else state.pool[Math.floor(random() * state.pool.length)] = value;
}

/** No soak key may be stored twice; every create that resolved must be stored. */
function checkStore(state, violations) {
  const counts = new Map();
  for (const key of state.instance.storedKeys()) counts.set(key, (counts.get(key) ?? 0) + 1);
  let duplicates = 0;
  for (const [key, count] of counts) {
    if (count > 1) {
      duplicates += count - 1;
      violations.add(state.target.name, 'duplicate-customer', `${count} customers stored for ${key}`);
    }
  }
  for (const key of state.createdKeys) {
    if (!counts.has(key)) violations.add(state.target.name, 'lost-customer', `create of ${key} resolved but the mock has no such customer`);
  }
  state.stats.storedCustomers = counts.size;
  state.stats.duplicates = duplicates;
}

function createTargetStats(target) {
  return {
    name: target.name, packageName: target.packageName, calls: 0, ok: 0, failed: 0, attempts: 0,
    operations: {}, errorKinds: {}, faultsInjected: {}, faultsTaken: {}, attemptsPerCall: {},
    storedCustomers: 0, duplicates: 0, faultsLeftPending: 0, lateResponsesAccepted: 0, logLines: {}, secretsChecked: 0,
  };
}

function finishStats(state) {
  return { ...state.stats, logLines: state.logger.counts, secretsChecked: state.scan.checked };
}

function totalsOf(perTarget) {
  const totals = { calls: 0, ok: 0, failed: 0, attempts: 0, errorKinds: {}, faultsInjected: {}, faultsTaken: {}, duplicates: 0, storedCustomers: 0 };
  for (const stats of perTarget) {
    for (const field of ['calls', 'ok', 'failed', 'attempts', 'duplicates', 'storedCustomers']) totals[field] += stats[field];
    for (const field of ['errorKinds', 'faultsInjected', 'faultsTaken']) {
      for (const [name, count] of Object.entries(stats[field])) increment(totals[field], name, count);
    }
  }
  return totals;
}

/** A `fetch` for the client: stamps every attempt with `<call>.<n>` and records it on the current call. */
function createAttributingFetch(callContext) {
  return (input, init) => {
    const call = callContext.getStore();
    const request = input instanceof Request ? input : new Request(input, init);
    if (call) {
      const attempt = `${call.id}.${call.attempts.length + 1}`;
      call.attempts.push(attempt);
      request.headers.set(ATTEMPT_HEADER, attempt);
    }
    return networkHop().then(() => globalThis.fetch(request, input instanceof Request ? init : undefined));
  };
}

/**
 * One turn of the event loop, as a real network round trip would take. An msw mock answers in-process
 * with promises only, so without it 50 concurrent calls can keep the microtask queue busy for seconds
 * and starve every timer (the clients' timeouts and backoff waits), which no real deployment sees.
 */
function networkHop() {
  return new Promise((resolve) => setImmediate(resolve));
}

/** Wraps the mock's `take` so each fault it hands out is attributed to the attempt that received it. */
function observeFaults(faults, taken) {
  const take = faults.take.bind(faults);
  faults.take = (request) => {
    const fault = take(request);
    const attempt = request.headers.get(ATTEMPT_HEADER);
    if (fault && attempt) taken.set(attempt, fault.kind);
    return fault;
  };
}

/** Counts log lines by level and hands each one, serialized, to `check`. */
function createCountingLogger(check) {
  const counts = {};
  const line = (level) => (message, fields) => {
    increment(counts, level);
    check(fields === undefined ? message : `${message} ${JSON.stringify(fields)}`);
  };
  return { counts, error: line('error'), warn: line('warn'), info: line('info'), debug: line('debug') };
}

/** Looks for a target's secrets in log lines and in every view of an error. */
function createSecretScan(targetName, violations) {
  const scan = {
    secrets: [],
    checked: 0,
    check(text, where) {
      scan.checked += 1;
      for (const secret of scan.secrets) {
        if (text.includes(secret)) violations.add(targetName, 'secret-leaked', `a secret (${secret.length} characters) appeared in a ${where}`);
      }
    },
    checkError(error) {
      const views = [error.message, String(error.stack), JSON.stringify(error), inspect(error, { depth: 6 }), JSON.stringify(error.cause ?? null)];
      for (const name of Object.getOwnPropertyNames(error)) views.push(safeString(error[name]));
      scan.check(views.join('\n'), 'error');
    },
  };
  return scan;
}

function safeString(value) {
  if (typeof value === 'string') return value;
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

/**
 * Owns `unhandledRejection` for the duration of the run: other listeners (a test runner's) are set
 * aside and restored afterwards, and every rejection nobody handled is a violation.
 */
function trackUnhandledRejections(violations) {
  const previous = process.listeners('unhandledRejection');
  process.removeAllListeners('unhandledRejection');
  const tracker = { count: 0 };
  const listener = (reason) => {
    tracker.count += 1;
    violations.add('all', 'unhandled-rejection', `${reason?.name ?? typeof reason}: ${String(reason?.message ?? reason).slice(0, 200)}`);
  };
  process.on('unhandledRejection', listener);
  tracker.stop = () => {
    process.off('unhandledRejection', listener);
    for (const restored of previous) process.on('unhandledRejection', restored);
  };
  return tracker;
}

/** Active handles and requests by type (`process.getActiveResourcesInfo()`). */
function countResources() {
  const counts = {};
  for (const type of process.getActiveResourcesInfo()) increment(counts, type);
  return counts;
}

/** Polls until no resource type outnumbers its count before the run, or `settleMs` has passed. */
async function settleResources(before, settleMs) {
  const deadline = Date.now() + settleMs;
  for (;;) {
    await new Promise((resolve) => setImmediate(resolve));
    const now = countResources();
    if (Object.keys(diffResources(before, now)).length === 0 || Date.now() >= deadline) return now;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

function diffResources(before, after) {
  const extra = {};
  for (const [type, count] of Object.entries(after)) if (count > (before[type] ?? 0)) extra[type] = count - (before[type] ?? 0);
  return extra;
}

/** `global.gc` when Node runs with --expose-gc, else the same function obtained through V8 flags. */
function exposeGc() {
  if (typeof globalThis.gc === 'function') return globalThis.gc;
  try {
    setFlagsFromString('--expose-gc');
    return runInNewContext('gc');
  } catch {
    return undefined;
  }
}

const megabytes = (bytes) => Math.round((bytes / 1024 / 1024) * 10) / 10;

function createHeapSampler(gc) {
  gc?.();
  const baselineMb = megabytes(process.memoryUsage().heapUsed);
  let peak = baselineMb;
  let samples = 0;
  const sample = () => {
    samples += 1;
    peak = Math.max(peak, megabytes(process.memoryUsage().heapUsed));
  };
  const timer = setInterval(sample, 50);
  return {
    sample,
    stop() {
      clearInterval(timer);
      sample();
      return { baselineMb, peakMb: peak, endOfRunMb: megabytes(process.memoryUsage().heapUsed), samples };
    },
  };
}

async function measureHeapAfterGc(gc) {
  if (!gc) return undefined;
  for (let round = 0; round < 3; round += 1) {
    await new Promise((resolve) => setTimeout(resolve, 10));
    gc();
  }
  return megabytes(process.memoryUsage().heapUsed);
}

/** Violations grouped by target and rule, with a count and the first few examples. */
class ViolationLog {
  #groups = new Map();

  add(target, rule, message) {
    const id = `${target}\u0000${rule}`;
    const group = this.#groups.get(id) ?? { target, rule, count: 0, examples: [] };
    group.count += 1;
    if (group.examples.length < 3) group.examples.push(message);
    this.#groups.set(id, group);
  }

  list() {
    return [...this.#groups.values()];
  }
}

function increment(counts, name, by = 1) {
  counts[name] = (counts[name] ?? 0) + by;
}

function pickWeighted(items, random) {
  const total = items.reduce((sum, item) => sum + (item.weight ?? 1), 0);
  let point = random() * total;
  for (const item of items) {
    point -= item.weight ?? 1;
    if (point < 0) return item;
  }
  return items.at(-1);
}

/** mulberry32 seeded with (seed, call index): every call's choices are reproducible whatever the interleaving. */
function seededRandom(seed, index) {
  let state = (Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(index + 1, 0xc2b2ae35)) >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}
