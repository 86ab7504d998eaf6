import { describe, expect, expectTypeOf, it } from 'vitest';
import { defineStatusMapping, toDate, UNIFIED_CUSTOMER_STATUSES, UNIFIED_STATUS_DESCRIPTIONS, type UnifiedCustomer, type UnifiedCustomerStatus } from './unified-customer.js';

describe('unified statuses', () => {
  it('describes every status in one sentence', () => {
    expect(Object.keys(UNIFIED_STATUS_DESCRIPTIONS)).toEqual([...UNIFIED_CUSTOMER_STATUSES]);
    for (const description of Object.values(UNIFIED_STATUS_DESCRIPTIONS)) expect(description).toMatch(/^[A-Z][^.]*\.$/);
  });

  it('types a unified customer', () => {
    const customer: UnifiedCustomer<{ id: number }> = {
      provider: 'example',
      id: '42',
      name: { display: 'Zoë Example' },
      status: 'active',
      providerStatus: 1,
      raw: { id: 42 },
    };
    expectTypeOf(customer.status).toEqualTypeOf<UnifiedCustomerStatus>();
    expectTypeOf(customer.raw).toEqualTypeOf<{ id: number }>();
  });
});

describe('defineStatusMapping', () => {
  const sgate = defineStatusMapping('sgate', { 0: 'pending', 1: 'active', 2: 'suspended', [-99]: 'rejected' });
  const paybase = defineStatusMapping('paybase', { DRAFT: 'incomplete', APPROVED: 'active', 'CLOSE|PENDING': 'closing' });

  it('maps numeric statuses given as numbers or strings', () => {
    expect(sgate.toUnified(1)).toBe('active');
    expect(sgate.toUnified('1')).toBe('active');
    expect(sgate.toUnified(-99)).toBe('rejected');
    expect(sgate.toUnified('-99')).toBe('rejected');
    expect(sgate.provider).toBe('sgate');
  });

  it('answers unknown for unmapped, missing and inherited keys', () => {
    expect(sgate.toUnified(42)).toBe('unknown');
    expect(sgate.toUnified(undefined)).toBe('unknown');
    expect(sgate.toUnified(null)).toBe('unknown');
    expect(paybase.toUnified('approved')).toBe('unknown');
    expect(paybase.toUnified('toString')).toBe('unknown');
    expect(paybase.toUnified('__proto__')).toBe('unknown');
  });

  it('keeps the literal provider statuses in its type and is frozen', () => {
    expectTypeOf(paybase.mapping).toEqualTypeOf<Readonly<Record<'DRAFT' | 'APPROVED' | 'CLOSE|PENDING', UnifiedCustomerStatus>>>();
    expect(Object.isFrozen(paybase)).toBe(true);
    expect(Object.isFrozen(paybase.mapping)).toBe(true);
    // @ts-expect-error not a unified status
    expect(() => defineStatusMapping('bad', { X: 'enabled' })).toThrow(/"X" maps to "enabled", which is not one of incomplete, pending/);
  });

  it('renders a Markdown table', () => {
    expect(paybase.toMarkdownTable()).toBe(
      [
        '| paybase status | Unified status | Meaning |',
        '| --- | --- | --- |',
        '| `DRAFT` | `incomplete` | The customer exists, but information or documents the provider requires are still missing. |',
        '| `APPROVED` | `active` | The customer is approved and can transact. |',
        '| `CLOSE\\|PENDING` | `closing` | Closure was requested and is in progress. |',
      ].join('\n'),
    );
    expect(sgate.toMarkdownTable().split('\n').slice(2, 4)).toEqual([
      '| `0` | `pending` | Everything has been submitted and the provider is reviewing it. |',
      '| `1` | `active` | The customer is approved and can transact. |',
    ]);
  });
});

describe('toDate', () => {
  const iso = (value: unknown) => toDate(value)?.toISOString();

  it('reads Unix seconds and milliseconds, as numbers or numeric strings', () => {
    expect(iso(1_714_557_600)).toBe('2024-05-01T10:00:00.000Z');
    expect(iso('1714557600')).toBe('2024-05-01T10:00:00.000Z');
    expect(iso(1_714_557_600_123)).toBe('2024-05-01T10:00:00.123Z');
    expect(iso('1714557600123')).toBe('2024-05-01T10:00:00.123Z');
    expect(iso(1_714_557_600.5)).toBe('2024-05-01T10:00:00.500Z');
    expect(iso(99_999_999_999)).toBe('5138-11-16T09:46:39.000Z'); // just below 1e11: seconds
    expect(iso(100_000_000_000)).toBe('1973-03-03T09:46:40.000Z'); // 1e11: milliseconds
  });

  it('reads ISO 8601 strings the same way on every runtime', () => {
    expect(iso('2024-05-01T10:00:00Z')).toBe('2024-05-01T10:00:00.000Z');
    expect(iso('2024-05-01T10:00:00.123456Z')).toBe('2024-05-01T10:00:00.123Z');
    expect(iso('2024-05-01T18:00:00+08:00')).toBe('2024-05-01T10:00:00.000Z');
    expect(iso('2024-05-01 18:00:00+0800')).toBe('2024-05-01T10:00:00.000Z');
    expect(iso('2024-05-01T05:30-04:30')).toBe('2024-05-01T10:00:00.000Z');
    expect(iso('  2024-05-01T10:00:00.5z ')).toBe('2024-05-01T10:00:00.500Z');
  });

  it('reads dates and offset-less date-times as UTC, not the local time zone', () => {
    expect(iso('2024-05-01')).toBe('2024-05-01T00:00:00.000Z');
    expect(iso('2024-05-01 10:00:00')).toBe('2024-05-01T10:00:00.000Z');
    expect(iso('2024-05-01T10:00')).toBe('2024-05-01T10:00:00.000Z');
    expect(iso('0099-01-01')).toBe('0099-01-01T00:00:00.000Z');
  });

  it('copies valid Dates', () => {
    const date = new Date('2024-05-01T10:00:00Z');
    const result = toDate(date);
    expect(result).not.toBe(date);
    expect(result?.getTime()).toBe(date.getTime());
  });

  it('returns undefined for empty, zero and invalid values', () => {
    for (const value of [
      undefined,
      null,
      '',
      '   ',
      0,
      '0',
      Number.NaN,
      Number.POSITIVE_INFINITY,
      new Date(Number.NaN),
      '0000-00-00 00:00:00',
      '2024-02-30',
      '2023-02-29',
      '2024-13-01',
      '2024-05-01T24:00:00Z',
      '2024-05-01T10:00:00+25:00',
      'May 1, 2024',
      '2024/05/01',
      'yesterday',
      true,
      {},
      [],
      10n,
    ]) {
      expect(toDate(value), String(value)).toBeUndefined();
    }
    expect(iso('2024-02-29')).toBe('2024-02-29T00:00:00.000Z');
  });
});
