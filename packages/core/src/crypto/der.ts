/**
 * A minimal DER (ASN.1 Distinguished Encoding Rules, X.690) reader and writer: just what RSA key
 * formats need (SEQUENCE, INTEGER, OBJECT IDENTIFIER, BIT STRING, OCTET STRING, NULL).
 *
 * The reader is strict where leniency could hide a damaged key: indefinite lengths, truncated
 * elements and trailing bytes are rejected. Malformed input throws a `TypeError` whose message
 * describes the structure only, never the bytes.
 */

/** Universal tag numbers (with the constructed bit where it applies) of the supported types. */
export const DER_TAG = {
  integer: 0x02,
  bitString: 0x03,
  octetString: 0x04,
  null: 0x05,
  objectIdentifier: 0x06,
  sequence: 0x30,
} as const;

/** One decoded element: its identifier octet and the bytes of its contents (a view into the input). */
export interface DerElement {
  /** The identifier octet, e.g. `0x30` for SEQUENCE or `0xa0` for `[0]` constructed. */
  tag: number;
  /** The contents octets, without tag and length. */
  contents: Uint8Array;
}

/** The largest length the reader accepts (16 MiB); keys are a few KiB, so anything larger is garbage. */
const MAX_LENGTH = 1 << 24;

function malformed(detail: string): TypeError {
  return new TypeError(`Malformed DER: ${detail}.`);
}

/** Reads the element starting at `offset`; returns it and the offset just past it. */
function readElementAt(bytes: Uint8Array, offset: number): { element: DerElement; end: number } {
  if (offset + 2 > bytes.length) throw malformed('truncated element header');
  const tag = bytes[offset]!;
  if ((tag & 0x1f) === 0x1f) throw malformed('multi-byte tags are not supported');
  const firstLengthOctet = bytes[offset + 1]!;
  let cursor = offset + 2;
  let length = firstLengthOctet;
  if (firstLengthOctet & 0x80) {
    const lengthOctets = firstLengthOctet & 0x7f;
    if (lengthOctets === 0) throw malformed('indefinite length is not allowed');
    if (lengthOctets > 3) throw malformed('element too long');
    if (cursor + lengthOctets > bytes.length) throw malformed('truncated length');
    if (bytes[cursor] === 0) throw malformed('length is not minimally encoded');
    length = 0;
    for (let index = 0; index < lengthOctets; index++) length = length * 256 + bytes[cursor++]!;
    if (length < 0x80) throw malformed('length is not minimally encoded');
  }
  if (length > MAX_LENGTH) throw malformed('element too long');
  const end = cursor + length;
  if (end > bytes.length) throw malformed('element runs past the end of the input');
  return { element: { tag, contents: bytes.subarray(cursor, end) }, end };
}

/** Decodes exactly one element that spans all of `bytes` (trailing bytes are an error). */
export function readDer(bytes: Uint8Array): DerElement {
  const { element, end } = readElementAt(bytes, 0);
  if (end !== bytes.length) throw malformed('unexpected bytes after the top-level element');
  return element;
}

/** Decodes the consecutive elements inside a constructed element's contents (e.g. a SEQUENCE's children). */
export function readDerChildren(contents: Uint8Array): DerElement[] {
  const children: DerElement[] = [];
  let offset = 0;
  while (offset < contents.length) {
    const { element, end } = readElementAt(contents, offset);
    children.push(element);
    offset = end;
  }
  return children;
}

function expectTag(element: DerElement, tag: number, name: string): Uint8Array {
  if (element.tag !== tag) throw malformed(`expected ${name}`);
  return element.contents;
}

/** The children of a SEQUENCE; throws if `element` is not a SEQUENCE. */
export function derSequenceChildren(element: DerElement): DerElement[] {
  return readDerChildren(expectTag(element, DER_TAG.sequence, 'a SEQUENCE'));
}

/** The value of an INTEGER (two's complement, big-endian) as a bigint. */
export function derIntegerValue(element: DerElement): bigint {
  const contents = expectTag(element, DER_TAG.integer, 'an INTEGER');
  if (contents.length === 0) throw malformed('empty INTEGER');
  if (contents.length > 1 && ((contents[0] === 0 && contents[1]! < 0x80) || (contents[0] === 0xff && contents[1]! >= 0x80))) {
    throw malformed('INTEGER is not minimally encoded');
  }
  let hex = '';
  for (const byte of contents) hex += (byte < 16 ? '0' : '') + byte.toString(16);
  const unsigned = BigInt(`0x${hex}`);
  return contents[0]! & 0x80 ? unsigned - (1n << BigInt(contents.length * 8)) : unsigned;
}

/** The dotted form (e.g. `'1.2.840.113549.1.1.1'`) of an OBJECT IDENTIFIER. */
export function derObjectIdentifierValue(element: DerElement): string {
  const contents = expectTag(element, DER_TAG.objectIdentifier, 'an OBJECT IDENTIFIER');
  if (contents.length === 0 || contents[contents.length - 1]! & 0x80) throw malformed('truncated OBJECT IDENTIFIER');
  const arcs: number[] = [];
  let value = 0;
  for (let index = 0; index < contents.length; index++) {
    const byte = contents[index]!;
    if (value === 0 && byte === 0x80) throw malformed('OBJECT IDENTIFIER arc is not minimally encoded');
    value = value * 128 + (byte & 0x7f);
    if (value > Number.MAX_SAFE_INTEGER / 128) throw malformed('OBJECT IDENTIFIER arc too large');
    if (!(byte & 0x80)) {
      if (arcs.length === 0) {
        const first = value < 40 ? 0 : value < 80 ? 1 : 2;
        arcs.push(first, value - first * 40);
      } else {
        arcs.push(value);
      }
      value = 0;
    }
  }
  return arcs.join('.');
}

/** The bytes of a BIT STRING; only whole-octet strings (0 unused bits), as keys use, are accepted. */
export function derBitStringValue(element: DerElement): Uint8Array {
  const contents = expectTag(element, DER_TAG.bitString, 'a BIT STRING');
  if (contents.length === 0 || contents[0] !== 0) throw malformed('BIT STRING with unused bits');
  return contents.subarray(1);
}

/** The bytes of an OCTET STRING. */
export function derOctetStringValue(element: DerElement): Uint8Array {
  return expectTag(element, DER_TAG.octetString, 'an OCTET STRING');
}

/** Throws unless `element` is a NULL with empty contents. */
export function expectDerNull(element: DerElement): void {
  if (expectTag(element, DER_TAG.null, 'NULL').length !== 0) throw malformed('NULL with contents');
}

// ---------------------------------------------------------------------------------------------
// Writer
// ---------------------------------------------------------------------------------------------

/** Encodes one element: identifier octet `tag`, a minimal definite length, then `contents`. */
export function encodeDer(tag: number, contents: Uint8Array): Uint8Array {
  const length = contents.length;
  const lengthOctets: number[] = [];
  if (length < 0x80) {
    lengthOctets.push(length);
  } else {
    for (let rest = length; rest > 0; rest = Math.floor(rest / 256)) lengthOctets.unshift(rest & 0xff);
    lengthOctets.unshift(0x80 | lengthOctets.length);
  }
  const output = new Uint8Array(1 + lengthOctets.length + length);
  output[0] = tag;
  output.set(lengthOctets, 1);
  output.set(contents, 1 + lengthOctets.length);
  return output;
}

/** A SEQUENCE of already-encoded elements. */
export function encodeDerSequence(...children: Uint8Array[]): Uint8Array {
  let total = 0;
  for (const child of children) total += child.length;
  const contents = new Uint8Array(total);
  let offset = 0;
  for (const child of children) {
    contents.set(child, offset);
    offset += child.length;
  }
  return encodeDer(DER_TAG.sequence, contents);
}

/** An INTEGER in minimal two's complement. */
export function encodeDerInteger(value: bigint): Uint8Array {
  // The fewest octets whose sign bit is free: bit length of the magnitude (of -value-1 when negative) plus one.
  const magnitudeBits = (value < 0n ? -value - 1n : value).toString(2).length;
  const length = Math.floor(magnitudeBits / 8) + 1;
  const unsigned = value < 0n ? value + (1n << BigInt(length * 8)) : value;
  const hex = unsigned.toString(16).padStart(length * 2, '0');
  const contents = new Uint8Array(length);
  for (let index = 0; index < length; index++) contents[index] = Number.parseInt(hex.slice(index * 2, index * 2 + 2), 16);
  return encodeDer(DER_TAG.integer, contents);
}

/** An OBJECT IDENTIFIER from its dotted form. */
export function encodeDerObjectIdentifier(oid: string): Uint8Array {
  const arcs = oid.split('.').map((arc) => {
    if (!/^\d+$/.test(arc)) throw new TypeError('Invalid OBJECT IDENTIFIER.');
    return Number(arc);
  });
  if (arcs.length < 2 || arcs[0]! > 2 || (arcs[0]! < 2 && arcs[1]! >= 40)) throw new TypeError('Invalid OBJECT IDENTIFIER.');
  const values = [arcs[0]! * 40 + arcs[1]!, ...arcs.slice(2)];
  const bytes: number[] = [];
  for (const value of values) {
    if (!Number.isSafeInteger(value)) throw new TypeError('Invalid OBJECT IDENTIFIER.');
    const septets = [value % 128];
    for (let rest = Math.floor(value / 128); rest > 0; rest = Math.floor(rest / 128)) septets.unshift(0x80 | rest % 128);
    bytes.push(...septets);
  }
  return encodeDer(DER_TAG.objectIdentifier, Uint8Array.from(bytes));
}

/** A NULL (`05 00`). */
export function encodeDerNull(): Uint8Array {
  return Uint8Array.of(DER_TAG.null, 0);
}

/** A BIT STRING holding whole octets (0 unused bits). */
export function encodeDerBitString(bytes: Uint8Array): Uint8Array {
  const contents = new Uint8Array(bytes.length + 1);
  contents.set(bytes, 1);
  return encodeDer(DER_TAG.bitString, contents);
}

/** An OCTET STRING. */
export function encodeDerOctetString(bytes: Uint8Array): Uint8Array {
  return encodeDer(DER_TAG.octetString, bytes);
}
