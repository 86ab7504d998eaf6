import { describe, expect, it } from 'vitest';
import { hexEncode } from './encoding.js';
import { parsePem, parsePemBlocks, toPem } from './pem.js';

const DER = Uint8Array.from({ length: 100 }, (_, index) => (index * 37) & 0xff);

describe('toPem', () => {
  it('wraps at 64 columns and ends with a newline', () => {
    const pem = toPem('PUBLIC KEY', DER);
    const lines = pem.split('\n');
    expect(lines[0]).toBe('-----BEGIN PUBLIC KEY-----');
    expect(lines[1]).toHaveLength(64);
    expect(lines[2]!.length).toBeLessThanOrEqual(64);
    expect(lines.at(-2)).toBe('-----END PUBLIC KEY-----');
    expect(pem.endsWith('-----\n')).toBe(true);
  });
});

describe('parsePem', () => {
  const pem = toPem('PRIVATE KEY', DER);
  const expected = hexEncode(DER);

  it.each([
    ['LF', pem],
    ['CRLF', pem.replace(/\n/g, '\r\n')],
    ['CR only', pem.replace(/\n/g, '\r')],
    ['indentation', pem.replace(/^/gm, '    ')],
    ['missing trailing newline', pem.trimEnd()],
    ['surrounding text', `Bag Attributes\n    localKeyID: 01\n${pem}\ntrailing words`],
    ['lines joined by spaces', pem.replace(/\n/g, ' ')],
    ['literal \\n escapes (environment variables)', pem.replace(/\n/g, '\\n')],
    ['literal \\r\\n escapes', pem.replace(/\n/g, '\\r\\n')],
    ['no line breaks in the body', pem.replace(/\n(?!-)/g, '')],
  ])('tolerates %s', (_name, text) => {
    const block = parsePem(text);
    expect(block.label).toBe('PRIVATE KEY');
    expect(hexEncode(block.der)).toBe(expected);
    expect(block.headers).toEqual({});
  });

  it('reads RFC 1421 headers', () => {
    const text = pem.replace('-----\n', '-----\nProc-Type: 4,ENCRYPTED\nDEK-Info: AES-256-CBC,00112233\n\n');
    const block = parsePem(text);
    expect(block.headers).toEqual({ 'Proc-Type': '4,ENCRYPTED', 'DEK-Info': 'AES-256-CBC,00112233' });
    expect(hexEncode(block.der)).toBe(expected);
  });

  it('returns every block in order', () => {
    const blocks = parsePemBlocks(`${toPem('EC PARAMETERS', DER.subarray(0, 3))}${toPem('RSA PUBLIC KEY', DER)}`);
    expect(blocks.map((block) => block.label)).toEqual(['EC PARAMETERS', 'RSA PUBLIC KEY']);
  });

  it('fails clearly', () => {
    expect(() => parsePem('no pem here')).toThrow(/No PEM block/);
    expect(() => parsePem(pem.replace('END PRIVATE', 'END PUBLIC'))).toThrow(/closed by "END PUBLIC KEY"/);
    expect(() => parsePem(pem.replace(/\n(\S)/, '\n!$1'))).toThrow(/not valid base64/);
  });
});
