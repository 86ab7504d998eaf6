// Runs one smoke script in Bun or Deno (`bun smoke-runner.ts <script>` / `deno run … smoke-runner.ts
// <script>`), with the settings JSON in SMOKE_SETTINGS, and prints one JSON line: { ok, result | error,
// resolved }. `resolved` is where the runtime resolved the package (which export condition it chose).
import type { SmokeScript } from './smoke-settings.js';

const [script, packageName] = process.argv.slice(2);
const settings = JSON.parse(process.env.SMOKE_SETTINGS ?? '{}');
const resolved = packageName ? import.meta.resolve(packageName) : undefined;
try {
  const smoke = ((await import(script!)) as { default: SmokeScript }).default;
  console.log(JSON.stringify({ ok: true, result: await smoke(settings), resolved }));
} catch (error) {
  const failure = error as { name?: string; kind?: string; message?: string };
  console.log(JSON.stringify({ ok: false, error: { name: failure.name, kind: failure.kind, message: String(failure.message ?? error) }, resolved }));
}
