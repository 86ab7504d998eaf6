// Shown in docs/lifecycles.md ("Using a lifecycle"): `pnpm docs:generate` copies this file without these
// comment lines. It runs as part of the suite, so the example in the guide is known to work.
import { isClienteleError } from '@clientele/core';
import { paybaseCustomerLifecycle as lifecycle, paybaseStatusMapping } from '@clientele/paybase';
import { expect, it } from 'vitest';

it('answers what may happen next, and refuses what may not', () => {
  expect(lifecycle.can('ENABLED', 'disable')).toBe(true); // may the client do this through the API?
  expect(lifecycle.can('PENDING', 'lock')).toBe(false); // only Paybase locks
  expect(lifecycle.next('LOCKED', 'unlock', { by: 'provider' })).toBe('ENABLED');
  expect(lifecycle.allowed('DISABLED').map((move) => `${move.event} → ${move.to}`)).toEqual(['enable → ENABLED']);
  expect(lifecycle.isTerminal('TERMINATED')).toBe(true);

  try {
    lifecycle.assert('LOCKED', 'enable'); // throws: no client move leaves LOCKED
    expect.unreachable();
  } catch (error) {
    expect(isClienteleError(error, 'transition')).toBe(true);
    // "Cannot enable a paybase.customer in state LOCKED. No move through the API leaves LOCKED;
    //  the provider can: unlock → ENABLED, close → CLOSING, terminate → TERMINATED."
    expect((error as Error).message).toContain('the provider can: unlock → ENABLED');
  }

  // Every provider maps its statuses to the unified vocabulary of UnifiedCustomer.
  expect(paybaseStatusMapping.toUnified('LOCKED')).toBe('suspended');
  expect(paybaseStatusMapping.toUnified('SOMETHING_NEW')).toBe('unknown');
});
