import type { Lifecycle } from './define-lifecycle.js';

/** The parts of a {@link Lifecycle} a diagram needs. */
export type MermaidSource = Pick<Lifecycle<string, string>, 'states' | 'initial' | 'terminal' | 'transitions'>;

/** Names Mermaid's state-diagram grammar reads as keywords. */
const RESERVED = new Set(['state', 'note', 'end', 'direction', 'class', 'classdef', 'click', 'style', 'as', 'left', 'right', 'of', 'over', 'default']);

/**
 * A Mermaid `stateDiagram-v2` of a lifecycle, in definition order so the output is stable in docs and snapshots:
 *
 * - `state "-99" as state_3` for each state whose name is not a plain identifier (digits first, spaces, `-`, …),
 * - `[*] --> S` for each initial state,
 * - `S --> T: event` per move, `: event (provider)` for moves only the provider makes,
 * - `S --> [*]` for each terminal state.
 */
export function toMermaid(lifecycle: MermaidSource): string {
  const ids = diagramIds(lifecycle.states);
  const id = (state: string) => ids.get(state) ?? state;
  const lines = ['stateDiagram-v2'];
  for (const state of lifecycle.states) {
    if (id(state) !== state) lines.push(`    state "${escapeLabel(state)}" as ${id(state)}`);
  }
  for (const state of lifecycle.initial) lines.push(`    [*] --> ${id(state)}`);
  for (const transition of lifecycle.transitions) {
    const label = `${escapeLabel(transition.event)}${transition.by === 'provider' ? ' (provider)' : ''}`;
    lines.push(`    ${id(transition.from)} --> ${id(transition.to)}: ${label}`);
  }
  for (const state of lifecycle.terminal) lines.push(`    ${id(state)} --> [*]`);
  return lines.join('\n');
}

/** Mermaid ids: the state name itself when it is a safe identifier, else `state_<index>` (made unique). */
function diagramIds(states: readonly string[]): Map<string, string> {
  const isSafe = (name: string) => /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) && !RESERVED.has(name.toLowerCase());
  const taken = new Set(states.filter(isSafe));
  const ids = new Map<string, string>();
  states.forEach((state, index) => {
    if (isSafe(state)) return;
    let id = `state_${index}`;
    while (taken.has(id)) id = `_${id}`;
    taken.add(id);
    ids.set(state, id);
  });
  return ids;
}

const ENTITIES: Record<string, string> = { '#': '#35;', '"': '#quot;', ';': '#59;' };

/** Keeps a label on one line and away from Mermaid's delimiters (`"` and the `#…;` entity syntax). */
function escapeLabel(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/[#";]/g, (character) => ENTITIES[character]!);
}
