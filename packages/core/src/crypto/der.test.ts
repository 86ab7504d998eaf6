import { describe, expect, it } from 'vitest';
import {
  DER_TAG,
  derBitStringValue,
  derIntegerValue,
  derObjectIdentifierValue,
  derOctetStringValue,
  derSequenceChildren,
  encodeDer,
  encodeDerBitString,
  encodeDerInteger,
  encodeDerNull,
  encodeDerObjectIdentifier,
  encodeDerOctetString,
  encodeDerSequence,
  expectDerNull,
  readDer,
  readDerChildren,
} from './der.js';
import { hexDecode, hexEncode } from './encoding.js';

describe('DER integers', () => {
  const cases: Array<[bigint, string]> = [
    [0n, '020100'],
    [1n, '020101'],
    [127n, '02017f'],
    [128n, '02020080'],
    [255n, '020200ff'],
    [256n, '02020100'],
    [65537n, '0203010001'],
    [-1n, '0201ff'],
    [-128n, '020180'],
    [-129n, '0202ff7f'],
    [-256n, '0202ff00'],
  ];
  it.each(cases)('encodes and decodes %s', (value, hex) => {
    expect(hexEncode(encodeDerInteger(value))).toBe(hex);
    expect(derIntegerValue(readDer(hexDecode(hex)))).toBe(value);
  });

  it('round-trips a 2048-bit value with a long-form length', () => {
    const value = (1n << 2047n) + 12345n;
    const encoded = encodeDerInteger(value);
    expect(hexEncode(encoded.subarray(0, 4))).toBe('02820101'); // 257 octets: a sign octet is needed
    expect(derIntegerValue(readDer(encoded))).toBe(value);
  });

  it('rejects non-minimal and empty integers', () => {
    expect(() => derIntegerValue(readDer(hexDecode('0202007f')))).toThrow(/minimally/);
    expect(() => derIntegerValue(readDer(hexDecode('0202ff80')))).toThrow(/minimally/);
    expect(() => derIntegerValue(readDer(hexDecode('0200')))).toThrow(/empty/);
  });
});

describe('DER object identifiers', () => {
  it.each([
    ['1.2.840.113549.1.1.1', '06092a864886f70d010101'],
    ['1.2.840.113549.2.5', '06082a864886f70d0205'],
    ['1.3.101.112', '06032b6570'],
    ['2.999.3', '0603883703'],
  ])('%s', (oid, hex) => {
    expect(hexEncode(encodeDerObjectIdentifier(oid))).toBe(hex);
    expect(derObjectIdentifierValue(readDer(hexDecode(hex)))).toBe(oid);
  });

  it('rejects malformed identifiers', () => {
    expect(() => derObjectIdentifierValue(readDer(hexDecode('06022a86')))).toThrow(/truncated/);
    expect(() => encodeDerObjectIdentifier('1')).toThrow(TypeError);
    expect(() => encodeDerObjectIdentifier('1.x.3')).toThrow(TypeError);
  });
});

describe('DER structure', () => {
  it('builds and reads the RSA AlgorithmIdentifier exactly as OpenSSL writes it', () => {
    const algorithm = encodeDerSequence(encodeDerObjectIdentifier('1.2.840.113549.1.1.1'), encodeDerNull());
    expect(hexEncode(algorithm)).toBe('300d06092a864886f70d0101010500');
    const [oid, parameters] = derSequenceChildren(readDer(algorithm));
    expect(derObjectIdentifierValue(oid!)).toBe('1.2.840.113549.1.1.1');
    expect(() => expectDerNull(parameters!)).not.toThrow();
  });

  it('reads bit strings and octet strings', () => {
    expect(hexEncode(derBitStringValue(readDer(encodeDerBitString(hexDecode('abcd')))))).toBe('abcd');
    expect(hexEncode(derOctetStringValue(readDer(encodeDerOctetString(hexDecode('abcd')))))).toBe('abcd');
    expect(() => derBitStringValue(readDer(hexDecode('030201ff')))).toThrow(/unused bits/);
  });

  it('uses long-form lengths from 128 bytes on', () => {
    expect(hexEncode(encodeDer(DER_TAG.octetString, new Uint8Array(127)).subarray(0, 2))).toBe('047f');
    expect(hexEncode(encodeDer(DER_TAG.octetString, new Uint8Array(128)).subarray(0, 3))).toBe('048180');
    expect(hexEncode(encodeDer(DER_TAG.octetString, new Uint8Array(256)).subarray(0, 4))).toBe('04820100');
    expect(readDer(encodeDer(DER_TAG.octetString, new Uint8Array(300))).contents.length).toBe(300);
  });

  it('splits children', () => {
    const children = readDerChildren(hexDecode('020101020102'));
    expect(children.map((child) => derIntegerValue(child))).toEqual([1n, 2n]);
  });

  it.each([
    ['truncated header', '30'],
    ['runs past the end', '3005020101'],
    ['indefinite length', '3080020101 0000'],
    ['non-minimal length', '30810302 0101'],
    ['trailing bytes', '30030201 0100'],
    ['multi-byte tag', '1f0100'],
  ])('rejects %s', (_name, hex) => {
    expect(() => readDer(hexDecode(hex.replace(/ /g, '')))).toThrow(/^Malformed DER/);
  });

  it('checks tags', () => {
    expect(() => derSequenceChildren(readDer(hexDecode('020101')))).toThrow(/expected a SEQUENCE/);
    expect(() => derIntegerValue(readDer(hexDecode('0500')))).toThrow(/expected an INTEGER/);
  });
});
