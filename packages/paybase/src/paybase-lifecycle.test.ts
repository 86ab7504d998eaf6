import { describe, expect, it } from 'vitest';
import { assertPlatformMove, isRuledOutForPlatform, paybaseCustomerLifecycle } from './paybase-lifecycle.js';
import { PAYBASE_CUSTOMER_STATES } from './schemas/customer-response.js';

describe('paybaseCustomerLifecycle', () => {
  it('lets the platform move between PENDING, ENABLED and DISABLED only as assumed in spec §4.8', () => {
    const moves = PAYBASE_CUSTOMER_STATES.flatMap((from) => paybaseCustomerLifecycle.allowed(from).map((move) => `${move.from}→${move.to}`));
    expect(moves).toEqual(['PENDING→ENABLED', 'ENABLED→DISABLED', 'DISABLED→ENABLED']);
  });

  it('gives LOCKED, CLOSING and TERMINATED to Paybase, and TERMINATED is final', () => {
    for (const from of ['PENDING', 'ENABLED', 'DISABLED'] as const) {
      for (const to of ['LOCKED', 'CLOSING', 'TERMINATED'] as const) {
        expect(paybaseCustomerLifecycle.canMoveTo(from, to, { by: 'provider' })).toBe(true);
        expect(paybaseCustomerLifecycle.canMoveTo(from, to)).toBe(false);
      }
    }
    expect(paybaseCustomerLifecycle.allowed('LOCKED', { by: 'provider' }).map((move) => move.to)).toEqual(['ENABLED', 'CLOSING', 'TERMINATED']);
    expect(paybaseCustomerLifecycle.allowed('TERMINATED', { by: 'any' })).toEqual([]);
    expect(paybaseCustomerLifecycle.isTerminal('TERMINATED')).toBe(true);
  });

  it('classifies every pair: allowed, ruled out by the provider page, or unconfirmed', () => {
    const table: Record<string, string> = {};
    for (const from of PAYBASE_CUSTOMER_STATES) {
      for (const to of PAYBASE_CUSTOMER_STATES) {
        let verdict: string;
        try {
          assertPlatformMove(from, to);
          verdict = 'allowed';
        } catch {
          verdict = isRuledOutForPlatform(from, to) ? 'ruled out' : 'unconfirmed';
          try {
            assertPlatformMove(from, to, { allowUnconfirmedMove: true });
            verdict += ' (sendable)';
          } catch {
            // still refused
          }
        }
        table[`${from}→${to}`] = verdict;
      }
    }
    expect(table['PENDING→ENABLED']).toBe('allowed');
    expect(table['DISABLED→PENDING']).toBe('unconfirmed (sendable)');
    expect(table['CLOSING→ENABLED']).toBe('unconfirmed (sendable)');
    expect(table['ENABLED→LOCKED']).toBe('ruled out');
    expect(table['LOCKED→ENABLED']).toBe('ruled out');
    expect(table['TERMINATED→ENABLED']).toBe('ruled out');
    expect(Object.values(table).filter((verdict) => verdict === 'allowed')).toHaveLength(3);
  });

  it('draws the diagram pasted into docs/providers/paybase.md', () => {
    expect(paybaseCustomerLifecycle.toMermaid()).toMatchInlineSnapshot(`
      "stateDiagram-v2
          [*] --> PENDING
          [*] --> ENABLED
          PENDING --> ENABLED: enable
          ENABLED --> DISABLED: disable
          DISABLED --> ENABLED: enable
          PENDING --> ENABLED: enable (provider)
          PENDING --> LOCKED: lock (provider)
          ENABLED --> LOCKED: lock (provider)
          DISABLED --> LOCKED: lock (provider)
          CLOSING --> LOCKED: lock (provider)
          LOCKED --> ENABLED: unlock (provider)
          PENDING --> CLOSING: close (provider)
          ENABLED --> CLOSING: close (provider)
          DISABLED --> CLOSING: close (provider)
          LOCKED --> CLOSING: close (provider)
          PENDING --> TERMINATED: terminate (provider)
          ENABLED --> TERMINATED: terminate (provider)
          DISABLED --> TERMINATED: terminate (provider)
          LOCKED --> TERMINATED: terminate (provider)
          CLOSING --> TERMINATED: terminate (provider)
          TERMINATED --> [*]"
    `);
  });
});
