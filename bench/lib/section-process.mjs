// Runs one bench section in a fresh process (started by run-section.mjs with --expose-gc) and sends its
// result back over IPC, so sections never share a heap, JIT state or open sockets.
const [sectionName, contextJson] = process.argv.slice(2);
const context = JSON.parse(contextJson);
try {
  const { default: run } = await import(new URL(`../sections/${sectionName}.mjs`, import.meta.url).href);
  const result = await run(context);
  process.send({ ok: true, result }, () => process.exit(0));
} catch (error) {
  process.send({ ok: false, error: String(error?.stack ?? error) }, () => process.exit(1));
}
