import { createHash, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { md5, md5Hex } from './md5.js';

const nodeMd5 = (input: string | Uint8Array): string => createHash('md5').update(input).digest('hex');

describe('md5 agrees with node:crypto', () => {
  it('on random inputs of every length from 0 to 300 bytes', () => {
    for (let length = 0; length <= 300; length++) {
      const bytes = new Uint8Array(randomBytes(length));
      expect(md5Hex(bytes), `length ${length}`).toBe(nodeMd5(bytes));
    }
  });

  it('on Unicode text (Arabic, emoji, astral planes, combining marks)', () => {
    for (const text of ['مرحبا بالعالم', '👩‍👩‍👧‍👦 family', '𝄞 clef', 'é vs é', '\u2028\u2029', '中文字符'.repeat(50)]) {
      expect(md5Hex(text)).toBe(nodeMd5(text));
    }
  });

  it('on long inputs (1 MiB and an odd 2 MiB + 7)', () => {
    for (const length of [1 << 20, (2 << 20) + 7]) {
      const bytes = new Uint8Array(randomBytes(length));
      expect(md5Hex(bytes)).toBe(nodeMd5(bytes));
    }
  });

  it('returns 16 raw bytes', () => {
    const digest = md5(new Uint8Array(0));
    expect(digest).toBeInstanceOf(Uint8Array);
    expect(Buffer.from(digest).toString('hex')).toBe('d41d8cd98f00b204e9800998ecf8427e');
  });
});
