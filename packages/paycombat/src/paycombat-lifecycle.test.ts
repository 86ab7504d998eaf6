import { describe, expect, it } from 'vitest';
import { customerLifecycle, customerState, gcaLifecycle, paycombatLifecycles, walletReadinessLifecycle, walletReadinessState } from './paycombat-lifecycle.js';

describe('customerLifecycle (existence × activation, spec §9)', () => {
  it('enable/disable move between inactive and active; update keeps the state; delete is terminal', () => {
    expect(customerLifecycle.assert('inactive', 'enable')).toBe('active');
    expect(customerLifecycle.assert('active', 'disable')).toBe('inactive');
    expect(customerLifecycle.assert('active', 'update')).toBe('active');
    expect(customerLifecycle.assert('inactive', 'delete')).toBe('deleted');
    expect(customerLifecycle.isTerminal('deleted')).toBe(true);
    for (const event of ['enable', 'disable', 'update', 'delete'] as const) {
      expect(() => customerLifecycle.assert('deleted', event)).toThrow(/deleted is final/);
    }
  });

  it('refuses enabling an active customer, naming the allowed moves', () => {
    expect(() => customerLifecycle.assert('active', 'enable')).toThrow('Allowed from active: disable → inactive, update → active, delete → deleted.');
  });

  it('reads the state of a customer object', () => {
    expect(customerState({ is_active: true })).toBe('active');
    expect(customerState({ is_active: false })).toBe('inactive');
    expect(customerState({})).toBe('inactive');
    expect(customerState({ is_active: true }, { deleted: true })).toBe('deleted');
    expect(walletReadinessState({ is_wallet_ready: true })).toBe('ready');
  });
});

describe('provider-driven dimensions are read-only for the client', () => {
  it('wallet readiness and GCA only move by the provider', () => {
    expect(walletReadinessLifecycle.can('not_ready', 'fields_completed')).toBe(false);
    expect(walletReadinessLifecycle.can('not_ready', 'fields_completed', { by: 'provider' })).toBe(true);
    expect(() => gcaLifecycle.assert('NOT_STARTED', 'request_activation')).toThrow(/only the provider can do that/);
    expect(gcaLifecycle.assertMoveTo('IN_PROGRESS', 'COMPLETED', { by: 'provider' }).event).toBe('complete');
    expect(() => gcaLifecycle.assertMoveTo('NOT_STARTED', 'COMPLETED', { by: 'provider' })).toThrow();
  });

  it('has the diagram the docs embed', () => {
    expect(paycombatLifecycles.customer.toMermaid()).toMatchInlineSnapshot(`
      "stateDiagram-v2
          [*] --> inactive
          [*] --> active
          inactive --> active: enable
          active --> inactive: disable
          inactive --> inactive: update
          active --> active: update
          inactive --> deleted: delete
          active --> deleted: delete
          deleted --> [*]"
    `);
  });
});
