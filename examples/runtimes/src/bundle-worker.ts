import { build } from 'esbuild';
import { runtimesDirectory } from './smoke-case.js';
import { workerBuildOptions } from './worker-build-options.js';

/**
 * The Worker around a smoke script: `POST /` with {@link SmokeSettings} JSON runs the script and answers
 * `{ ok: true, result }`, or `{ ok: false, error }` with the error's name, kind and message.
 */
function workerEntry(script: string): string {
  return `import smoke from ${JSON.stringify(script)};
export default {
  async fetch(request) {
    const settings = await request.json();
    try {
      return Response.json({ ok: true, result: await smoke(settings) });
    } catch (error) {
      return Response.json({ ok: false, error: { name: error?.name, kind: error?.kind, message: String(error?.message ?? error) } });
    }
  },
};
`;
}

/**
 * Bundles a smoke script and the BUILT packages it imports the way a Workers project does
 * ({@link workerBuildOptions}): `@clientele/*` resolves through `node_modules` to `packages/<p>/dist`,
 * never to the source.
 */
export async function bundleWorker(script: string): Promise<string> {
  const result = await build({
    ...workerBuildOptions,
    stdin: { contents: workerEntry(script), resolveDir: runtimesDirectory, sourcefile: 'worker-entry.js', loader: 'js' },
  });
  return result.outputFiles[0]!.text;
}

/** `node:` modules a bundle still imports (a Worker without `nodejs_compat` cannot load any). */
export function nodeImports(bundle: string): string[] {
  return [...bundle.matchAll(/(?:from\s*|import\s*\(\s*|require\s*\(\s*)["'](node:[^"']+)["']/g)].map((match) => match[1]!);
}
