import { describe, expect, expectTypeOf, it } from 'vitest';
import { ClienteleError } from '../errors/clientele-error.js';
import { TransitionError } from '../errors/transition-error.js';
import { defineLifecycle, type Lifecycle, type Transition } from './define-lifecycle.js';

const customer = defineLifecycle({
  name: 'example.customer',
  provider: 'example',
  states: ['DRAFT', 'REVIEW', 'ACTIVE', 'SUSPENDED', 'REJECTED', 'CLOSED'],
  initial: ['DRAFT'],
  terminal: ['REJECTED', 'CLOSED'],
  descriptions: { DRAFT: 'Created, not yet submitted.', REVIEW: 'Under review by the provider.' },
  transitions: [
    { from: 'DRAFT', to: 'REVIEW', event: 'submit', by: 'client', description: 'Send for review.' },
    { from: 'REVIEW', to: 'ACTIVE', event: 'approve', by: 'provider' },
    { from: 'REVIEW', to: 'REJECTED', event: 'reject', by: 'provider' },
    { from: 'ACTIVE', to: 'SUSPENDED', event: 'suspend', by: 'provider' },
    { from: 'ACTIVE', to: 'SUSPENDED', event: 'suspend', by: 'client' },
    { from: 'SUSPENDED', to: 'ACTIVE', event: 'reactivate', by: 'provider' },
    { from: ['DRAFT', 'ACTIVE', 'SUSPENDED'], to: 'CLOSED', event: 'close', by: 'client' },
  ],
});

function caught(action: () => unknown): TransitionError {
  try {
    action();
  } catch (error) {
    expect(error).toBeInstanceOf(TransitionError);
    return error as TransitionError;
  }
  return expect.fail('expected a TransitionError');
}

describe('defineLifecycle: types', () => {
  it('infers the state and event unions', () => {
    type State = 'DRAFT' | 'REVIEW' | 'ACTIVE' | 'SUSPENDED' | 'REJECTED' | 'CLOSED';
    type Event = 'submit' | 'approve' | 'reject' | 'suspend' | 'reactivate' | 'close';
    expectTypeOf(customer).toEqualTypeOf<Lifecycle<State, Event>>();
    expectTypeOf(customer.next('DRAFT', 'submit')).toEqualTypeOf<State | undefined>();
    expectTypeOf(customer.assertMoveTo('ACTIVE', 'CLOSED')).toEqualTypeOf<Transition<State, Event>>();
    const status: unknown = 'ACTIVE';
    if (customer.isState(status)) expectTypeOf(status).toEqualTypeOf<State>();
  });

  it('rejects unknown state and event names at compile time', () => {
    // Each definition below is also refused at run time, so the lines both compile-fail and throw.
    expect(() =>
      defineLifecycle({
        name: 'typo',
        states: ['A', 'B'],
        // @ts-expect-error 'C' is not a state
        initial: ['C'],
        transitions: [],
      }),
    ).toThrow(/initial names unknown state "C"/);
    expect(() =>
      defineLifecycle({
        name: 'typo',
        states: ['A', 'B'],
        initial: ['A'],
        // @ts-expect-error 'Z' is not a state
        terminal: ['Z'],
        transitions: [],
      }),
    ).toThrow(/terminal names unknown state "Z"/);
    expect(() =>
      defineLifecycle({
        name: 'typo',
        states: ['A', 'B'],
        initial: ['A'],
        // @ts-expect-error 'C' is not a state
        transitions: [{ from: 'A', to: 'C', event: 'go', by: 'client' }],
      }),
    ).toThrow(/transition 0 \("go"\) to names unknown state "C"/);
    expect(() =>
      defineLifecycle({
        name: 'typo',
        states: ['A', 'B'],
        initial: ['A'],
        // @ts-expect-error 'X' is not a state
        transitions: [{ from: ['A', 'X'], to: 'B', event: 'go', by: 'client' }],
      }),
    ).toThrow(/from names unknown state "X"/);
    expect(() =>
      defineLifecycle({
        name: 'typo',
        states: ['A', 'B'],
        initial: ['A'],
        transitions: [],
        // @ts-expect-error 'Q' is not a state
        descriptions: { Q: 'nope' },
      }),
    ).toThrow(/descriptions names unknown state "Q"/);
    expect(() =>
      defineLifecycle({
        name: 'typo',
        states: ['A', 'B'],
        initial: ['A'],
        // @ts-expect-error 'system' is not an actor
        transitions: [{ from: 'A', to: 'B', event: 'go', by: 'system' }],
      }),
    ).toThrow(/use 'client' or 'provider'/);

    const probe = (): void => {
      // @ts-expect-error 'ACTIV' is not a state
      customer.can('ACTIV', 'submit');
      // @ts-expect-error 'sumbit' is not an event
      customer.next('DRAFT', 'sumbit');
      // @ts-expect-error 'system' is not an actor
      customer.allowed('DRAFT', { by: 'system' });
    };
    expect(probe).toBeTypeOf('function');
  });
});

describe('defineLifecycle: runtime validation', () => {
  const base = { name: 'bad', states: ['A', 'B', 'C'], initial: ['A'] } as const;

  it('refuses two moves of one actor with the same event from the same state', () => {
    expect(() =>
      defineLifecycle({
        ...base,
        transitions: [
          { from: 'A', to: 'B', event: 'go', by: 'client' },
          { from: ['B', 'A'], to: 'C', event: 'go', by: 'client' },
        ],
      }),
    ).toThrow('Lifecycle "bad" is invalid: transition 1 ("go") repeats event "go" from A for client (it already leads to B).');
  });

  it('allows the same event from the same state for different actors', () => {
    const lifecycle = defineLifecycle({
      ...base,
      transitions: [
        { from: 'A', to: 'B', event: 'go', by: 'client' },
        { from: 'A', to: 'C', event: 'go', by: 'provider' },
      ],
    });
    expect(lifecycle.next('A', 'go')).toBe('B');
    expect(lifecycle.next('A', 'go', { by: 'provider' })).toBe('C');
  });

  it('refuses moves that leave a terminal state', () => {
    expect(() => defineLifecycle({ ...base, terminal: ['C'], transitions: [{ from: 'C', to: 'A', event: 'reopen', by: 'provider' }] })).toThrow(
      'Lifecycle "bad" is invalid: transition 0 ("reopen") leaves C, which is terminal.',
    );
  });

  it('refuses empty and repeated states and a missing initial state', () => {
    expect(() => defineLifecycle({ name: 'bad', states: [], initial: [], transitions: [] })).toThrow(/states is empty/);
    expect(() => defineLifecycle({ name: 'bad', states: ['A', 'B', 'A'], initial: ['A'], transitions: [] })).toThrow(/states repeats "A"/);
    expect(() => defineLifecycle({ name: 'bad', states: ['A'], initial: [], transitions: [] })).toThrow(/initial is empty/);
    expect(() => defineLifecycle({ name: '', states: ['A'], initial: ['A'], transitions: [] })).toThrow(/name must be a non-empty string/);
  });

  it('throws plain Errors, not ClienteleErrors (a bad definition is a bug in the SDK, not a runtime condition)', () => {
    let error: unknown;
    try {
      defineLifecycle({ name: 'bad', states: [], initial: [], transitions: [] });
    } catch (thrown) {
      error = thrown;
    }
    expect(error).toBeInstanceOf(Error);
    expect(ClienteleError.isInstance(error)).toBe(false);
  });
});

describe('defineLifecycle: the lifecycle object', () => {
  it('exposes the definition, with transitions flattened to one from each', () => {
    expect(customer.name).toBe('example.customer');
    expect(customer.provider).toBe('example');
    expect(customer.initial).toEqual(['DRAFT']);
    expect(customer.terminal).toEqual(['REJECTED', 'CLOSED']);
    expect(customer.descriptions.DRAFT).toBe('Created, not yet submitted.');
    expect(customer.transitions).toHaveLength(9);
    expect(customer.transitions[0]).toEqual({ from: 'DRAFT', to: 'REVIEW', event: 'submit', by: 'client', description: 'Send for review.' });
    expect(customer.transitions.slice(6).map((transition) => transition.from)).toEqual(['DRAFT', 'ACTIVE', 'SUSPENDED']);
    expect(customer.transitions[1]).not.toHaveProperty('description');
  });

  it('is frozen all the way down', () => {
    expect(Object.isFrozen(customer)).toBe(true);
    expect(Object.isFrozen(customer.states)).toBe(true);
    expect(Object.isFrozen(customer.transitions)).toBe(true);
    expect(Object.isFrozen(customer.transitions[0])).toBe(true);
    expect(Object.isFrozen(customer.allowed('DRAFT'))).toBe(true);
    expect(Object.isFrozen(customer.descriptions)).toBe(true);
    expect(() => {
      (customer.states as string[]).push('HACKED');
    }).toThrow(TypeError);
  });

  it('does not share arrays with the definition', () => {
    const states = ['A', 'B'] as const satisfies readonly string[];
    const mutable: ('A' | 'B')[] = [...states];
    const lifecycle = defineLifecycle({ name: 'copy', states: mutable, initial: ['A'], transitions: [{ from: 'A', to: 'B', event: 'go', by: 'client' }] });
    mutable.pop();
    expect(lifecycle.states).toEqual(['A', 'B']);
  });

  it('isState and isTerminal', () => {
    expect(customer.isState('ACTIVE')).toBe(true);
    expect(customer.isState('active')).toBe(false);
    expect(customer.isState(1)).toBe(false);
    expect(customer.isState(undefined)).toBe(false);
    expect(customer.isTerminal('CLOSED')).toBe(true);
    expect(customer.isTerminal('ACTIVE')).toBe(false);
  });

  it('can and next default to the client', () => {
    expect(customer.can('DRAFT', 'submit')).toBe(true);
    expect(customer.next('DRAFT', 'submit')).toBe('REVIEW');
    expect(customer.can('REVIEW', 'approve')).toBe(false);
    expect(customer.can('REVIEW', 'approve', { by: 'provider' })).toBe(true);
    expect(customer.next('REVIEW', 'approve', { by: 'provider' })).toBe('ACTIVE');
    expect(customer.next('CLOSED', 'close')).toBeUndefined();
  });

  it('allowed lists moves per actor, or for any actor', () => {
    const summarize = (moves: readonly Transition<string, string>[]) => moves.map((move) => `${move.by}:${move.event}→${move.to}`);
    expect(summarize(customer.allowed('ACTIVE'))).toEqual(['client:suspend→SUSPENDED', 'client:close→CLOSED']);
    expect(summarize(customer.allowed('ACTIVE', { by: 'provider' }))).toEqual(['provider:suspend→SUSPENDED']);
    expect(summarize(customer.allowed('ACTIVE', { by: 'any' }))).toEqual(['provider:suspend→SUSPENDED', 'client:suspend→SUSPENDED', 'client:close→CLOSED']);
    expect(customer.allowed('CLOSED', { by: 'any' })).toEqual([]);
  });
});

describe('Lifecycle.assert', () => {
  it('returns the target state', () => {
    expect(customer.assert('DRAFT', 'submit')).toBe('REVIEW');
    expect(customer.assert('REVIEW', 'reject', { by: 'provider' })).toBe('REJECTED');
  });

  it('throws a TransitionError naming the allowed moves', () => {
    const error = caught(() => customer.assert('ACTIVE', 'submit'));
    expect(error.kind).toBe('transition');
    expect(error.provider).toBe('example');
    expect(error.lifecycle).toBe('example.customer');
    expect(error.from).toBe('ACTIVE');
    expect(error.attempted).toBe('submit');
    expect(error.allowed).toEqual(['suspend → SUSPENDED', 'close → CLOSED']);
    expect(error.message).toBe('Cannot submit a example.customer in state ACTIVE. Allowed from ACTIVE: suspend → SUSPENDED, close → CLOSED.');
  });

  it('says when only the provider can make the move', () => {
    const error = caught(() => customer.assert('REVIEW', 'approve'));
    expect(error.allowed).toEqual([]);
    expect(error.message).toBe(
      'Cannot approve a example.customer in state REVIEW: only the provider can do that. No move through the API leaves REVIEW; the provider can: approve → ACTIVE, reject → REJECTED.',
    );
  });

  it('lists the provider moves when asked as the provider', () => {
    const error = caught(() => customer.assert('SUSPENDED', 'close', { by: 'provider' }));
    expect(error.allowed).toEqual(['reactivate → ACTIVE']);
    expect(error.message).toBe('Cannot close a example.customer in state SUSPENDED: only the client (through the API) can do that. Allowed for the provider from SUSPENDED: reactivate → ACTIVE.');
  });

  it('says when the state is final', () => {
    const error = caught(() => customer.assert('CLOSED', 'close'));
    expect(error.message).toBe('Cannot close a example.customer in state CLOSED. CLOSED is final: no move is allowed.');
  });

  it('refuses an unknown current state (a status string from the provider) with a TransitionError', () => {
    const error = caught(() => customer.assert('ARCHIVED', 'close'));
    expect(error.kind).toBe('transition');
    expect(error.from).toBe('ARCHIVED');
    expect(error.message).toBe(
      'Cannot close a example.customer: state "ARCHIVED" is not a known state. Known states: DRAFT, REVIEW, ACTIVE, SUSPENDED, REJECTED, CLOSED.',
    );
  });

  it('puts only safe fields in toJSON', () => {
    const json = caught(() => customer.assert('ACTIVE', 'submit')).toJSON();
    expect(json).toMatchObject({ kind: 'transition', lifecycle: 'example.customer', from: 'ACTIVE', attempted: 'submit', provider: 'example' });
  });
});

describe('Lifecycle.canMoveTo and assertMoveTo', () => {
  it('find a move by its target state', () => {
    expect(customer.canMoveTo('ACTIVE', 'CLOSED')).toBe(true);
    expect(customer.canMoveTo('REVIEW', 'ACTIVE')).toBe(false);
    expect(customer.canMoveTo('REVIEW', 'ACTIVE', { by: 'provider' })).toBe(true);
    expect(customer.assertMoveTo('ACTIVE', 'SUSPENDED')).toEqual({ from: 'ACTIVE', to: 'SUSPENDED', event: 'suspend', by: 'client' });
    expect(customer.assertMoveTo('ACTIVE', 'SUSPENDED', { by: 'provider' }).by).toBe('provider');
  });

  it('throw a TransitionError naming the allowed moves', () => {
    const error = caught(() => customer.assertMoveTo('DRAFT', 'ACTIVE'));
    expect(error.attempted).toBe('ACTIVE');
    expect(error.allowed).toEqual(['submit → REVIEW', 'close → CLOSED']);
    expect(error.message).toBe('Cannot move a example.customer from DRAFT to ACTIVE. Allowed from DRAFT: submit → REVIEW, close → CLOSED.');
    expect(caught(() => customer.assertMoveTo('SUSPENDED', 'ACTIVE')).message).toBe(
      'Cannot move a example.customer from SUSPENDED to ACTIVE: only the provider can do that. Allowed from SUSPENDED: close → CLOSED.',
    );
  });

  it('refuse unknown current and target states', () => {
    expect(caught(() => customer.assertMoveTo('GONE', 'CLOSED')).message).toMatch(/current state "GONE" is not a known state/);
    expect(caught(() => customer.assertMoveTo('ACTIVE', 'GONE')).message).toMatch(/target state "GONE" is not a known state/);
  });
});
