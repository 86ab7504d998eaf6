import { base64Decode, base64Encode } from './encoding.js';

/** One PEM block (RFC 7468): `-----BEGIN <label>-----`, base64 body, `-----END <label>-----`. */
export interface PemBlock {
  /** The armor label, e.g. `'PRIVATE KEY'` or `'RSA PUBLIC KEY'`. */
  label: string;
  /** The decoded body. */
  der: Uint8Array;
  /**
   * RFC 1421 headers before the body, e.g. `{ 'Proc-Type': '4,ENCRYPTED' }` on a legacy encrypted
   * `RSA PRIVATE KEY`. Empty for ordinary blocks.
   */
  headers: Readonly<Record<string, string>>;
}

const BLOCK = /-----BEGIN ([A-Z0-9][A-Z0-9 ]*)-----([\s\S]*?)-----END ([A-Z0-9][A-Z0-9 ]*)-----/g;

/**
 * Finds every PEM block in `text`, in order.
 *
 * Tolerates what pasting and environment variables do to PEM files: CRLF or CR line endings,
 * indentation, a missing final newline, lines joined by spaces, literal `\n` escape sequences, and
 * explanatory text around the blocks (e.g. openssl's `Bag Attributes`).
 *
 * @throws TypeError when a block's END label does not match its BEGIN label or its body is not base64.
 */
export function parsePemBlocks(text: string): PemBlock[] {
  const normalized = text.replace(/\\r\\n|\\n|\\r/g, '\n');
  const blocks: PemBlock[] = [];
  for (const match of normalized.matchAll(BLOCK)) {
    const [, label = '', rawBody = '', endLabel] = match;
    if (endLabel !== label) throw new TypeError(`Malformed PEM: "BEGIN ${label}" is closed by "END ${endLabel}".`);
    const headers: Record<string, string> = {};
    let body = rawBody;
    if (body.includes(':')) {
      // RFC 1421 headers: "Name: value" lines, then a blank line, then the base64 body.
      const lines = body.split(/\r\n|\r|\n/);
      let index = 0;
      for (; index < lines.length; index++) {
        const line = lines[index]!.trim();
        if (line === '' && Object.keys(headers).length > 0) break;
        const colon = line.indexOf(':');
        if (colon > 0) headers[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
        else if (line !== '') throw new TypeError(`Malformed PEM: "${label}" has a header block without a blank line after it.`);
      }
      body = lines.slice(index + 1).join('\n');
    }
    let der: Uint8Array;
    try {
      der = base64Decode(body);
    } catch {
      throw new TypeError(`Malformed PEM: the body of "${label}" is not valid base64.`);
    }
    blocks.push({ label, der, headers });
  }
  return blocks;
}

/**
 * The first PEM block in `text` (see {@link parsePemBlocks} for what is tolerated).
 *
 * @throws TypeError when `text` holds no PEM block or the block is malformed.
 */
export function parsePem(text: string): PemBlock {
  const [first] = parsePemBlocks(text);
  if (!first) throw new TypeError('No PEM block found (expected a "-----BEGIN …-----" line).');
  return first;
}

/** Wraps DER bytes as PEM: `-----BEGIN <label>-----`, base64 in 64-column lines, `-----END <label>-----`, final newline. */
export function toPem(label: string, der: Uint8Array): string {
  const base64 = base64Encode(der);
  let body = '';
  for (let index = 0; index < base64.length; index += 64) body += `${base64.slice(index, index + 64)}\n`;
  return `-----BEGIN ${label}-----\n${body}-----END ${label}-----\n`;
}
