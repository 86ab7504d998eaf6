/**
 * A `fetch` that answers in-process from the bench's route modules (the same ones the loopback server
 * loads), with no socket at all. Timing SDK calls against it isolates the client's own CPU cost per call:
 * what remains when the network is taken away.
 *
 * @param {{ module: string | URL, options?: unknown }[]} routeModules
 */
export async function createStubFetch(routeModules) {
  const routes = [];
  for (const { module, options } of routeModules) routes.push(await (await import(String(module))).default(options ?? {}));
  return async function stubFetch(input, init = {}) {
    const url = new URL(typeof input === 'string' || input instanceof URL ? String(input) : input.url);
    const method = (init.method ?? (typeof input === 'object' && 'method' in input ? input.method : 'GET')).toUpperCase();
    const body = typeof init.body === 'string' ? init.body : typeof input === 'object' && 'text' in input ? await input.text() : '';
    const request = { method, url: url.pathname + url.search, pathname: url.pathname, query: url.search.slice(1), headers: {}, body };
    for (const route of routes) {
      const response = await route(request);
      if (response) return new Response(response.body, { status: response.status ?? 200, headers: { 'content-type': 'application/json', ...response.headers } });
    }
    return new Response('{"message":"no route"}', { status: 404, headers: { 'content-type': 'application/json' } });
  };
}
