import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/**
 * Starts a loopback `node:http` server in its own process and loads the given route modules into it.
 *
 * @param {{ module: string | URL, options?: unknown }[]} routes route modules (see loopback-server-process.mjs);
 *   `options` must be structured-cloneable
 * @returns {Promise<{ url: string, lastRequests(): Promise<Record<string, object>>, close(): Promise<void> }>}
 */
export async function startLoopbackServer(routes) {
  const child = fork(fileURLToPath(new URL('./loopback-server-process.mjs', import.meta.url)), [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const pending = new Map();
  let nextId = 0;
  const port = await new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`loopback server exited early (code ${code})`)));
    child.on('message', (message) => {
      if (message.type === 'listening') resolve(message.port);
      const waiter = pending.get(message.id);
      if (!waiter) return;
      pending.delete(message.id);
      if (message.ok) waiter.resolve(message.value);
      else waiter.reject(new Error(message.error));
    });
  });
  child.removeAllListeners('exit');

  function send(message) {
    const id = nextId++;
    return new Promise((resolve, reject) => {
      pending.set(id, { resolve, reject });
      child.send({ ...message, id });
    });
  }

  await send({ type: 'routes', routes: routes.map(({ module, options }) => ({ module: String(module), options })) });
  return {
    url: `http://127.0.0.1:${port}`,
    lastRequests: () => send({ type: 'lastRequests' }),
    async close() {
      await send({ type: 'close' }).catch(() => undefined);
      child.kill();
    },
  };
}
