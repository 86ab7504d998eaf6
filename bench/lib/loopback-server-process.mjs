// The loopback server's own process (started by loopback-server.mjs). Runs in a separate process so that
// its work does not share an event loop or a heap with the client under measurement.
//
// It loads route modules (`export default function createRoutes(options)` returning
// `(request) => response | undefined`, sync or async) and answers each request with the first route that
// returns a response. Requests are `{ method, url, pathname, query, headers, body }`; responses are
// `{ status?, headers?, body }`. The last request per `METHOD pathname` is kept for wire checks.
import { createServer } from 'node:http';

const routes = [];
const lastRequests = new Map();

const server = createServer((incoming, outgoing) => {
  const chunks = [];
  incoming.on('data', (chunk) => chunks.push(chunk));
  incoming.on('end', () => {
    const body = chunks.length === 0 ? '' : Buffer.concat(chunks).toString('utf8');
    const questionMark = incoming.url.indexOf('?');
    const pathname = questionMark === -1 ? incoming.url : incoming.url.slice(0, questionMark);
    const request = {
      method: incoming.method,
      url: incoming.url,
      pathname,
      query: questionMark === -1 ? '' : incoming.url.slice(questionMark + 1),
      headers: incoming.headers,
      body,
    };
    lastRequests.set(`${incoming.method} ${pathname}`, request);
    respond(request, outgoing).catch((error) => {
      outgoing.writeHead(500, { 'content-type': 'text/plain' });
      outgoing.end(`bench route failed: ${error?.message}`);
    });
  });
});
server.keepAliveTimeout = 60_000;

async function respond(request, outgoing) {
  for (const route of routes) {
    const response = await route(request);
    if (response) {
      outgoing.writeHead(response.status ?? 200, { 'content-type': 'application/json', ...response.headers });
      outgoing.end(response.body);
      return;
    }
  }
  outgoing.writeHead(404, { 'content-type': 'application/json' });
  outgoing.end(JSON.stringify({ message: `no bench route for ${request.method} ${request.pathname}` }));
}

process.on('message', async (message) => {
  try {
    if (message.type === 'routes') {
      for (const { module, options } of message.routes) {
        const { default: createRoutes } = await import(module);
        routes.push(await createRoutes(options ?? {}));
      }
      process.send({ id: message.id, ok: true });
    } else if (message.type === 'lastRequests') {
      process.send({ id: message.id, ok: true, value: Object.fromEntries(lastRequests) });
    } else if (message.type === 'close') {
      server.close();
      server.closeAllConnections();
      process.send({ id: message.id, ok: true });
      process.disconnect();
    }
  } catch (error) {
    process.send({ id: message.id, ok: false, error: String(error?.stack ?? error) });
  }
});

// The bench process went away (finished, crashed or interrupted): never outlive it.
process.on('disconnect', () => process.exit(0));

server.listen(0, '127.0.0.1', () => process.send({ type: 'listening', port: server.address().port }));
