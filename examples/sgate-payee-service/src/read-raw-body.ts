import type { IncomingMessage } from 'node:http';

/** Largest request body this service reads: an ID photo may be 2048 KB. */
const MAX_BODY_BYTES = 2 * 1024 * 1024 + 64 * 1024;

/**
 * Reads the request body as bytes, exactly as received. SGATE signs the raw callback body, so it must be
 * verified before any JSON parsing (a parsed-and-restringified body no longer verifies).
 */
export async function readRawBody(request: IncomingMessage): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new Error('request body too large');
    chunks.push(chunk as Buffer);
  }
  return new Uint8Array(Buffer.concat(chunks));
}
