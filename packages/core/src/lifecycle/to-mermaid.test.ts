import { describe, expect, it } from 'vitest';
import { defineLifecycle } from './define-lifecycle.js';
import { toMermaid } from './to-mermaid.js';

describe('toMermaid', () => {
  it('draws initial states, moves (provider moves marked) and terminal states in definition order', () => {
    const lifecycle = defineLifecycle({
      name: 'example.customer',
      states: ['DRAFT', 'REVIEW', 'ACTIVE', 'CLOSED'],
      initial: ['DRAFT'],
      terminal: ['CLOSED'],
      transitions: [
        { from: 'DRAFT', to: 'REVIEW', event: 'submit', by: 'client' },
        { from: 'REVIEW', to: 'ACTIVE', event: 'approve', by: 'provider' },
        { from: ['DRAFT', 'ACTIVE'], to: 'CLOSED', event: 'close', by: 'client' },
      ],
    });
    const expected = [
      'stateDiagram-v2',
      '    [*] --> DRAFT',
      '    DRAFT --> REVIEW: submit',
      '    REVIEW --> ACTIVE: approve (provider)',
      '    DRAFT --> CLOSED: close',
      '    ACTIVE --> CLOSED: close',
      '    CLOSED --> [*]',
    ].join('\n');
    expect(toMermaid(lifecycle)).toBe(expected);
    expect(lifecycle.toMermaid()).toBe(expected);
  });

  it('aliases states Mermaid cannot take as ids: digits first, minus signs, spaces, keywords', () => {
    const lifecycle = defineLifecycle({
      name: 'numeric.customer',
      states: ['0', '1', '-99', 'on hold', 'end', 'state_1'],
      initial: ['0'],
      terminal: ['-99', 'end'],
      transitions: [
        { from: '0', to: '1', event: 'approve', by: 'provider' },
        { from: '0', to: '-99', event: 'reject', by: 'provider' },
        { from: '1', to: 'on hold', event: 'hold "manual"', by: 'client' },
        { from: ['on hold', 'state_1'], to: 'end', event: 'close', by: 'client' },
      ],
    });
    expect(toMermaid(lifecycle)).toMatchInlineSnapshot(`
      "stateDiagram-v2
          state "0" as state_0
          state "1" as _state_1
          state "-99" as state_2
          state "on hold" as state_3
          state "end" as state_4
          [*] --> state_0
          state_0 --> _state_1: approve (provider)
          state_0 --> state_2: reject (provider)
          _state_1 --> state_3: hold #quot;manual#quot;
          state_3 --> state_4: close
          state_1 --> state_4: close
          state_2 --> [*]
          state_4 --> [*]"
    `);
  });

  it('accepts any object with states, initial, terminal and transitions', () => {
    expect(
      toMermaid({ states: ['A', 'B'], initial: ['A'], terminal: [], transitions: [{ from: 'A', to: 'B', event: 'go; now #1', by: 'client' }] }),
    ).toBe('stateDiagram-v2\n    [*] --> A\n    A --> B: go#59; now #35;1');
  });
});
