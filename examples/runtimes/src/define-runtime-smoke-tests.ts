import { spawn } from 'node:child_process';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { resolvePackageEntry } from '../../../scripts/lib/resolve-package-entry.mjs';
import { startLoopbackServer } from './loopback-server.js';
import { findRuntime, type RuntimeBinary } from './runtime-binaries.js';
import { assertBuilt, runtimesDirectory, type SmokeCase } from './smoke-case.js';
import { smokeCases } from './smoke-cases.js';
import type { SmokeResult } from './smoke-settings.js';

const runner = fileURLToPath(new URL('./smoke-runner.ts', import.meta.url));

/** The command line that runs a TypeScript file in each runtime. */
function commandLine(runtime: RuntimeBinary, script: string, packageName: string): string[] {
  return runtime.name === 'deno'
    ? ['run', '--quiet', '--no-lock', '--allow-read', '--allow-env', '--allow-net=127.0.0.1', runner, script, packageName]
    : [runner, script, packageName];
}

/**
 * The built file Bun and Deno load: both resolve npm packages with the `node` export condition, so a
 * package with a `node` entry (SGATE's node:crypto build) runs that one there, through the runtime's own
 * node:crypto implementation.
 */
function expectedEntry(smokeCase: SmokeCase): string {
  return resolvePackageEntry(dirname(dirname(smokeCase.builtEntry)), '.', ['node', 'import', 'default']);
}

interface RunOutcome {
  ok: boolean;
  result?: SmokeResult;
  error?: unknown;
  resolved?: string;
}

function run(runtime: RuntimeBinary, args: string[], settings: string): Promise<RunOutcome> {
  return new Promise((resolve, reject) => {
    const child = spawn(runtime.path!, args, {
      cwd: runtimesDirectory,
      env: { PATH: process.env.PATH, HOME: process.env.HOME, SMOKE_SETTINGS: settings, NO_COLOR: '1', DENO_NO_UPDATE_CHECK: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      const line = stdout.trim().split('\n').at(-1) ?? '';
      try {
        resolve(JSON.parse(line) as RunOutcome);
      } catch {
        reject(new Error(`${runtime.name} exited with ${code} without a result.\nstdout: ${stdout}\nstderr: ${stderr}`));
      }
    });
  });
}

/**
 * Defines the smoke tests of every case in `runtime` (Bun or Deno): the runtime imports the BUILT
 * package from node_modules and makes one call against the fake upstream on a loopback port. When the
 * runtime's binary is absent the tests are skipped and their name says why.
 */
export function defineRuntimeSmokeTests(name: RuntimeBinary['name'], userAgentPrefix: string): void {
  const runtime = findRuntime(name);
  describe(runtime.version ?? name, () => {
    if (!runtime.path) {
      it.skip(`${name} is not available here: ${runtime.unavailable}`, () => undefined);
      return;
    }
    it.each(smokeCases.map((smokeCase) => [smokeCase.packageName, smokeCase] as const))('%s: the built package loads and makes a request', async (_name, smokeCase) => {
      assertBuilt(smokeCase);
      const upstream = await smokeCase.createUpstream();
      const server = await startLoopbackServer(upstream);
      try {
        const settings = JSON.stringify({ baseUrl: server.baseUrl, credentials: upstream.credentials });
        const outcome = await run(runtime, commandLine(runtime, smokeCase.script, smokeCase.packageName), settings);
        if (!outcome.ok) throw new Error(`${smokeCase.packageName} failed in ${runtime.version}: ${JSON.stringify(outcome.error)}`);
        expect(fileURLToPath(outcome.resolved!)).toBe(expectedEntry(smokeCase));
        expect(outcome.result!.runtime.startsWith(userAgentPrefix)).toBe(true);
        expect(upstream.problems).toEqual([]);
        smokeCase.check(outcome.result!, upstream);
      } finally {
        await server.close();
      }
    }, 30_000);
  });
}
