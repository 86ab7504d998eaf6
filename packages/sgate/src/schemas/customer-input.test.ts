import { validateInput } from '@clientele/core';
import fc from 'fast-check';
import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';
import { createCustomerSchema, submitStcOtpSchema, updateCustomerSchema } from './customer-input.js';
import { listCustomersSchema } from './customer-query.js';

const digits = (min: number, max: number) => fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: min, maxLength: max });
const alnum = (min: number, max: number) => fc.string({ unit: fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'), minLength: min, maxLength: max });
const text = (max: number) => fc.string({ unit: 'grapheme', minLength: 1, maxLength: max }).filter((value) => value.length <= max);
/** The four STCPay formats of spec §4.A. */
const stcaccount = fc.tuple(fc.constantFrom('5', '05', '9665', '+9665'), digits(8, 8)).map(([prefix, rest]) => prefix + rest);
const bankAccount = fc.record({ bankcode: fc.constantFrom('1174c', '11652', '118c3'), cardno: digits(13, 19), ibanaccount: alnum(1, 34) });

/** Create inputs generated from the spec's rules. */
const validCreate = fc
  .tuple(
    fc.record({ name_e: text(64), name_a: text(64), mercustomid: text(128), identity: text(64) }),
    fc.oneof(bankAccount, fc.record({ stcaccount }), fc.tuple(bankAccount, fc.record({ stcaccount })).map(([bank, stc]) => ({ ...bank, ...stc }))),
    fc.record({ autoapproval: fc.constantFrom(0, 1), otpappname: text(32), address: text(255), swiftcode: text(32) }, { requiredKeys: [] }),
  )
  .map(([base, account, extra]) => ({ ...base, ...account, ...extra }));

const issuePaths = (schema: z.core.$ZodType, input: unknown) => {
  try {
    validateInput(schema, input, { operation: 'test' });
    return [];
  } catch (error) {
    return (error as { issues: { path: string; message: string }[] }).issues;
  }
};

describe('create input (spec §4.2, §4.A)', () => {
  it('property: every input built from the rules is accepted', () => {
    fc.assert(fc.property(validCreate, (input) => {
      expect(issuePaths(createCustomerSchema, input)).toEqual([]);
    }), { numRuns: 200 });
  });

  /** One broken rule per case, and the field the message must name. */
  const breakers: [string, string, (input: Record<string, unknown>) => Record<string, unknown>][] = [
    ['name_e longer than 64', 'name_e', (input) => ({ ...input, name_e: 'x'.repeat(65) })],
    ['name_a empty', 'name_a', (input) => ({ ...input, name_a: '' })],
    ['mercustomid longer than 128', 'mercustomid', (input) => ({ ...input, mercustomid: 'm'.repeat(129) })],
    ['identity missing', 'identity', ({ identity: _identity, ...input }) => input],
    ['identity longer than 64', 'identity', (input) => ({ ...input, identity: '1'.repeat(65) })],
    ['cardno with 12 digits', 'cardno', (input) => ({ ...input, ...validBank, cardno: '123456789012' })],
    ['cardno with 20 digits', 'cardno', (input) => ({ ...input, ...validBank, cardno: '1'.repeat(20) })],
    ['cardno with a letter', 'cardno', (input) => ({ ...input, ...validBank, cardno: '512345000000000A' })],
    ['ibanaccount with a dash', 'ibanaccount', (input) => ({ ...input, ...validBank, ibanaccount: 'SA00-1' })],
    ['ibanaccount longer than 34', 'ibanaccount', (input) => ({ ...input, ...validBank, ibanaccount: 'A'.repeat(35) })],
    ['stcaccount in a fifth format', 'stcaccount', (input) => ({ ...input, stcaccount: '00966512345678' })],
    ['stcaccount not starting with 5', 'stcaccount', (input) => ({ ...input, stcaccount: '0612345678' })],
    ['bank account without cardno', 'cardno', (input) => ({ ...stripAccounts(input), bankcode: '1174c', ibanaccount: 'SA01' })],
    ['bank account without bankcode', 'bankcode', (input) => ({ ...stripAccounts(input), cardno: '1234567890123', ibanaccount: 'SA01' })],
    ['no payout account', '', (input) => stripAccounts(input)],
    ['autoapproval 2', 'autoapproval', (input) => ({ ...input, autoapproval: 2 })],
    ['otpappname longer than 32', 'otpappname', (input) => ({ ...input, otpappname: 'o'.repeat(33) })],
    ['an unknown field', '', (input) => ({ ...input, email: 'a@b.c' })],
  ];
  const validBank = { bankcode: '1174c', cardno: '1234567890123', ibanaccount: 'SA01' };
  const stripAccounts = ({ bankcode: _a, cardno: _b, ibanaccount: _c, stcaccount: _d, ...rest }: Record<string, unknown>) => rest;

  it.each(breakers)('property: %s is rejected with a message naming the field', (_name, path, breakRule) => {
    fc.assert(
      fc.property(validCreate, (input) => {
        const issues = issuePaths(createCustomerSchema, breakRule(input));
        expect(issues.map((issue) => issue.path)).toContain(path);
        for (const issue of issues) expect(issue.message).not.toMatch(/undefined|\[object/);
      }),
      { numRuns: 15 },
    );
  });

  it('never quotes the rejected value in a message', () => {
    const issues = issuePaths(createCustomerSchema, { name_e: 'A', name_a: 'B', mercustomid: 'C', identity: '1234567', cardno: '4111111111111111111111', bankcode: '1174c', ibanaccount: 'SA01' });
    expect(JSON.stringify(issues)).not.toContain('4111111111');
    expect(issues).toEqual([{ path: 'cardno', message: 'must be 13 to 19 digits' }]);
  });
});

describe('update, OTP and list inputs', () => {
  it('accepts "" to clear an account field, but not both kinds at once', () => {
    expect(issuePaths(updateCustomerSchema, { customid: 'a', stcaccount: '' })).toEqual([]);
    expect(issuePaths(updateCustomerSchema, { customid: 'a', cardno: '' })).toEqual([]);
    expect(issuePaths(updateCustomerSchema, { customid: 'a', stcaccount: '', cardno: '' }).map((issue) => issue.path)).toEqual(['stcaccount']);
    expect(issuePaths(updateCustomerSchema, { customid: 'a', autoapproval: 1 }).map((issue) => issue.message)).toEqual(['has unknown field: autoapproval', 'give at least one field to change']);
  });

  it('property: OTP codes are exactly 6 digits, leading zeros included', () => {
    fc.assert(fc.property(digits(6, 6), (code) => {
      expect(issuePaths(submitStcOtpSchema, { customid: 'a', code })).toEqual([]);
    }), { numRuns: 50 });
    fc.assert(
      fc.property(fc.oneof(digits(0, 5), digits(7, 10), fc.string({ minLength: 6, maxLength: 6 }).filter((code) => !/^\d{6}$/.test(code))), (code) => {
        expect(issuePaths(submitStcOtpSchema, { customid: 'a', code }).map((issue) => issue.path)).toEqual(['code']);
      }),
      { numRuns: 50 },
    );
  });

  it('bounds list paging as SGATE does (pagesize ≤ 100, pageno ≤ 1000)', () => {
    expect(issuePaths(listCustomersSchema, { pagesize: 100, pageno: 1000 })).toEqual([]);
    expect(issuePaths(listCustomersSchema, { pagesize: 0, pageno: 1001, status: 5 }).map((issue) => issue.path).sort()).toEqual(['pageno', 'pagesize', 'status']);
    expect(issuePaths(listCustomersSchema, { customids: ['a'.repeat(64), 'b'.repeat(64), ...Array(6).fill('c'.repeat(64))] }).map((issue) => issue.message)).toEqual([
      'must be at most 512 characters long when joined with commas',
    ]);
  });
});
