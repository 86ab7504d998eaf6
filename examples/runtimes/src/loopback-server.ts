import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { FakeUpstream } from './fake-upstream.js';

/** A fake upstream served over HTTP on 127.0.0.1, for runtimes that run in their own process. */
export interface LoopbackServer {
  /** The upstream's API root with its origin replaced by the loopback one. */
  baseUrl: string;
  close(): Promise<void>;
}

async function readBody(message: IncomingMessage): Promise<ArrayBuffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of message) chunks.push(chunk as Buffer);
  const bytes = Buffer.concat(chunks);
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}

/**
 * Serves `upstream` on an ephemeral loopback port. Each request is handed to the upstream with the
 * loopback origin swapped back for the upstream's own, so the provider's mock handlers match it (the
 * path and query, which signatures cover, are untouched).
 */
export async function startLoopbackServer(upstream: FakeUpstream): Promise<LoopbackServer> {
  const upstreamUrl = new URL(upstream.baseUrl);
  const server = createServer((incoming, outgoing) => {
    void (async () => {
      try {
        const body = await readBody(incoming);
        const headers = new Headers();
        for (const [name, value] of Object.entries(incoming.headers)) {
          if (name !== 'host' && value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
        }
        const request = new Request(new URL(incoming.url ?? '/', upstreamUrl.origin), {
          method: incoming.method,
          headers,
          body: incoming.method === 'GET' || incoming.method === 'HEAD' ? undefined : body,
        });
        const response = await upstream.handle(request);
        const responseHeaders: Record<string, string> = {};
        response.headers.forEach((value, name) => {
          if (name !== 'content-length' && name !== 'content-encoding' && name !== 'transfer-encoding') responseHeaders[name] = value;
        });
        outgoing.writeHead(response.status, responseHeaders);
        outgoing.end(Buffer.from(await response.arrayBuffer()));
      } catch (error) {
        outgoing.writeHead(599, { 'content-type': 'text/plain' });
        outgoing.end(`loopback server failed: ${String(error)}`);
      }
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const baseUrl = `http://127.0.0.1:${port}${upstreamUrl.pathname.replace(/\/$/, '')}${upstreamUrl.search}`;
  return {
    baseUrl,
    close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
