import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { FakeUpstream } from './fake-upstream.js';
import type { SmokeResult } from './smoke-settings.js';

/** One package smoke-tested on every runtime: the script that runs there, and the upstream it talks to. */
export interface SmokeCase {
  /** Short name, also the file name in `smoke/` (`'sgate'`). */
  name: string;
  /** The package whose built default entry is tested (`'@clientele/sgate'`). */
  packageName: string;
  /** Absolute path of the smoke script (`smoke/<name>.ts`). */
  script: string;
  /** Absolute path of the built default entry; the case fails with a clear message when it is missing. */
  builtEntry: string;
  /** A fresh fake upstream (state starts empty). */
  createUpstream(): Promise<FakeUpstream>;
  /** Asserts the script's result and what the upstream saw (throws on failure). */
  check(result: SmokeResult, upstream: FakeUpstream): void;
}

const examplesRuntimesDirectory = fileURLToPath(new URL('..', import.meta.url));
const repositoryRoot = fileURLToPath(new URL('../../..', import.meta.url));

/** `smoke/<name>.ts` and `packages/<package>/dist/index.js`, as absolute paths. */
export function smokePaths(name: string, packageDirectory: string): Pick<SmokeCase, 'script' | 'builtEntry'> {
  return {
    script: `${examplesRuntimesDirectory}smoke/${name}.ts`,
    builtEntry: `${repositoryRoot}packages/${packageDirectory}/dist/index.js`,
  };
}

/** Throws a clear message when the case's package has not been built (`pnpm test` builds first). */
export function assertBuilt(smokeCase: SmokeCase): void {
  if (!existsSync(smokeCase.builtEntry)) {
    throw new Error(`${smokeCase.packageName} is not built (${smokeCase.builtEntry} is missing): run \`pnpm build\` first.`);
  }
}

/** The directory of this example package (where `node_modules/@clientele/*` links live). */
export const runtimesDirectory = examplesRuntimesDirectory;
