import { TransitionError } from '../errors/transition-error.js';
import { toMermaid } from './to-mermaid.js';

/** Who may cause a move: `'client'` through the provider's API, or `'provider'` on its own (review, compliance, …). */
export type TransitionActor = 'client' | 'provider';

/** One move as written in a {@link LifecycleDefinition}. */
export interface TransitionDefinition<S extends string, E extends string> {
  /** The state or states the move starts from. */
  from: S | readonly S[];
  to: S;
  /** The name of the move (`'submit'`, `'approve'`, …), unique per `from` state and actor. */
  event: E;
  by: TransitionActor;
  description?: string;
}

/** The input of {@link defineLifecycle}. State names used anywhere but `states` must be listed in `states`. */
export interface LifecycleDefinition<S extends string, E extends string> {
  /** Used in errors and diagrams, e.g. `'sgate.customer'`. */
  name: string;
  /** Provider id put on {@link TransitionError}s, e.g. `'sgate'`. */
  provider?: string;
  /** Every state, in the order diagrams and docs list them. */
  states: readonly S[];
  /** States a new customer can start in. */
  initial: readonly NoInfer<S>[];
  /** Final states: no move may leave them. Default none. */
  terminal?: readonly NoInfer<S>[];
  transitions: readonly TransitionDefinition<NoInfer<S>, E>[];
  /** One line per state, for docs. */
  descriptions?: Partial<Record<NoInfer<S>, string>>;
}

/** One move with a single `from` state: the flattened form of a {@link TransitionDefinition}. */
export interface Transition<S, E> {
  from: S;
  to: S;
  event: E;
  by: TransitionActor;
  description?: string;
}

/** Options of the lifecycle checks. */
export interface TransitionOptions {
  /** Who would make the move. Default `'client'`: what the SDK user can do through the API. */
  by?: TransitionActor;
}

/** A frozen, typed state machine built by {@link defineLifecycle}. */
export interface Lifecycle<S extends string, E extends string> {
  readonly name: string;
  readonly provider?: string;
  readonly states: readonly S[];
  readonly initial: readonly S[];
  /** Final states; empty when the definition lists none. */
  readonly terminal: readonly S[];
  /** Every move, one `from` each, in definition order. */
  readonly transitions: readonly Transition<S, E>[];
  /** The state descriptions of the definition. */
  readonly descriptions: Readonly<Partial<Record<S, string>>>;
  /** True when `value` is one of the states (use it on a status string read from a provider). */
  isState(value: unknown): value is S;
  /** True when `state` is final: no move leaves it. */
  isTerminal(state: S): boolean;
  /** Whether `event` is allowed from `from` for the actor (default `'client'`). */
  can(from: S, event: E, options?: TransitionOptions): boolean;
  /** The state `event` leads to from `from` for the actor (default `'client'`), or `undefined` when not allowed. */
  next(from: S, event: E, options?: TransitionOptions): S | undefined;
  /**
   * The state `event` leads to from `from`.
   *
   * @throws TransitionError when the actor (default `'client'`) may not do it, listing the allowed moves as
   * `event → STATE`, or when `from` is not a state at all (e.g. an unexpected status string from the provider).
   */
  assert(from: S | string, event: E, options?: TransitionOptions): S;
  /** Whether some move of the actor (default `'client'`) leads from `from` to `to`, for APIs that take a target state. */
  canMoveTo(from: S, to: S, options?: TransitionOptions): boolean;
  /**
   * The first move, in definition order, of the actor (default `'client'`) from `from` to `to`.
   *
   * @throws TransitionError when there is none, or when `from` or `to` is not a state.
   */
  assertMoveTo(from: S | string, to: S | string, options?: TransitionOptions): Transition<S, E>;
  /** The moves from `from`, in definition order, for one actor (default `'client'`) or for `'any'` actor. */
  allowed(from: S, options?: { by?: TransitionActor | 'any' }): readonly Transition<S, E>[];
  /** A Mermaid `stateDiagram-v2` of this lifecycle; see {@link toMermaid}. */
  toMermaid(): string;
}

const ACTORS: readonly TransitionActor[] = ['client', 'provider'];
const ACTOR_NAMES: Record<TransitionActor, string> = { client: 'the client (through the API)', provider: 'the provider' };
const OTHER_ACTOR: Record<TransitionActor, TransitionActor> = { client: 'provider', provider: 'client' };

/**
 * Builds a typed, frozen lifecycle. State names are checked at compile time (a typo in `initial`, `terminal`,
 * `transitions` or `descriptions` is a type error) and again at run time.
 *
 * ```ts
 * const customerLifecycle = defineLifecycle({
 *   name: 'example.customer',
 *   states: ['DRAFT', 'REVIEW', 'ACTIVE', 'CLOSED'],
 *   initial: ['DRAFT'],
 *   terminal: ['CLOSED'],
 *   transitions: [
 *     { from: 'DRAFT', to: 'REVIEW', event: 'submit', by: 'client' },
 *     { from: 'REVIEW', to: 'ACTIVE', event: 'approve', by: 'provider' },
 *     { from: ['DRAFT', 'REVIEW', 'ACTIVE'], to: 'CLOSED', event: 'close', by: 'client' },
 *   ],
 * });
 * customerLifecycle.assert(customer.status, 'submit'); // throws a TransitionError unless status is DRAFT
 * ```
 *
 * @throws Error when the definition is inconsistent: an unknown or repeated state, a move from or to an unknown
 * state, two moves of one actor with the same event from the same state, or a move leaving a terminal state.
 */
export function defineLifecycle<const S extends string, const E extends string>(definition: LifecycleDefinition<S, E>): Lifecycle<S, E> {
  const { name } = definition;
  const fail = (problem: string): never => {
    throw new Error(`Lifecycle "${name}" is invalid: ${problem}`);
  };
  if (typeof name !== 'string' || name.length === 0) throw new Error('Lifecycle definition is invalid: name must be a non-empty string.');

  const states = Object.freeze([...definition.states]);
  const stateSet = new Set<string>(states);
  if (states.length === 0) fail('states is empty.');
  for (const state of states) {
    if (typeof state !== 'string' || state.length === 0) fail(`states holds ${JSON.stringify(state)}; every state must be a non-empty string.`);
  }
  if (stateSet.size !== states.length) fail(`states repeats ${quoteList(states.filter((state, index) => states.indexOf(state) !== index))}.`);
  const known = `Known states: ${states.join(', ')}.`;
  const checkState = (state: unknown, where: string) => {
    if (typeof state !== 'string' || !stateSet.has(state)) fail(`${where} names unknown state ${JSON.stringify(state)}. ${known}`);
  };

  const initial = Object.freeze([...definition.initial]);
  if (initial.length === 0) fail('initial is empty; name at least one state a new customer starts in.');
  for (const state of initial) checkState(state, 'initial');
  const terminal = Object.freeze([...(definition.terminal ?? [])]);
  for (const state of terminal) checkState(state, 'terminal');
  const terminalSet = new Set<string>(terminal);

  const descriptions: Partial<Record<S, string>> = {};
  for (const [state, description] of Object.entries(definition.descriptions ?? {})) {
    checkState(state, 'descriptions');
    if (typeof description === 'string') descriptions[state as S] = description;
  }

  const transitions: Transition<S, E>[] = [];
  const byKey = new Map<string, Transition<S, E>>();
  definition.transitions.forEach((move, index) => {
    const label = `transition ${index} (${JSON.stringify(move.event)})`;
    if (typeof move.event !== 'string' || move.event.length === 0) fail(`transition ${index} has no event name.`);
    if (!ACTORS.includes(move.by)) fail(`${label} has by: ${JSON.stringify(move.by)}; use 'client' or 'provider'.`);
    const sources: readonly S[] = typeof move.from === 'string' ? [move.from] : move.from;
    if (!Array.isArray(sources) || sources.length === 0) fail(`${label} has no from state.`);
    checkState(move.to, `${label} to`);
    for (const from of sources) {
      checkState(from, `${label} from`);
      if (terminalSet.has(from)) fail(`${label} leaves ${from}, which is terminal.`);
      const key = transitionKey(move.by, from, move.event);
      const existing = byKey.get(key);
      if (existing) fail(`${label} repeats event ${JSON.stringify(move.event)} from ${from} for ${move.by} (it already leads to ${existing.to}).`);
      const transition: Transition<S, E> = { from, to: move.to, event: move.event, by: move.by };
      if (move.description !== undefined) transition.description = move.description;
      Object.freeze(transition);
      transitions.push(transition);
      byKey.set(key, transition);
    }
  });
  Object.freeze(transitions);

  const outgoing = new Map<string, readonly Transition<S, E>[]>();
  for (const state of states) {
    const leaving = transitions.filter((transition) => transition.from === state);
    outgoing.set(`any\u0000${state}`, Object.freeze(leaving));
    for (const actor of ACTORS) outgoing.set(`${actor}\u0000${state}`, Object.freeze(leaving.filter((transition) => transition.by === actor)));
  }
  const noMoves: readonly Transition<S, E>[] = Object.freeze([]);

  const isState = (value: unknown): value is S => typeof value === 'string' && stateSet.has(value);
  const allowed = (from: S, options?: { by?: TransitionActor | 'any' }) => outgoing.get(`${options?.by ?? 'client'}\u0000${from}`) ?? noMoves;
  const next = (from: S, event: E, options?: TransitionOptions) => byKey.get(transitionKey(options?.by ?? 'client', from, event))?.to;
  const describeMoves = (moves: readonly Transition<S, E>[]) => moves.map((transition) => `${transition.event} → ${transition.to}`);

  const unknownState = (from: string, attempted: string, role: string) =>
    new TransitionError({
      lifecycle: name,
      provider: definition.provider,
      from,
      attempted,
      allowed: [],
      message: `Cannot ${attempted} a ${name}: ${role} ${JSON.stringify(from)} is not a known state. ${known}`,
    });

  /** A TransitionError whose message ends with what the actor can do instead. */
  const refused = (from: S, attempted: string, heading: string, by: TransitionActor) => {
    const moves = describeMoves(allowed(from, { by }));
    let advice: string;
    if (moves.length > 0) advice = `Allowed ${by === 'client' ? '' : 'for the provider '}from ${from}: ${moves.join(', ')}.`;
    else if (terminalSet.has(from)) advice = `${from} is final: no move is allowed.`;
    else {
      const others = describeMoves(allowed(from, { by: OTHER_ACTOR[by] }));
      advice = `No ${by === 'client' ? 'move through the API' : 'provider move'} leaves ${from}${others.length > 0 ? `; ${ACTOR_NAMES[OTHER_ACTOR[by]]} can: ${others.join(', ')}` : ''}.`;
    }
    return new TransitionError({ lifecycle: name, provider: definition.provider, from, attempted, allowed: moves, message: `${heading} ${advice}` });
  };

  const lifecycle: Lifecycle<S, E> = {
    name,
    ...(definition.provider === undefined ? {} : { provider: definition.provider }),
    states,
    initial,
    terminal,
    transitions,
    descriptions: Object.freeze(descriptions),
    isState,
    isTerminal: (state) => terminalSet.has(state),
    can: (from, event, options) => next(from, event, options) !== undefined,
    next,
    assert(from, event, options) {
      const by = options?.by ?? 'client';
      if (!isState(from)) throw unknownState(String(from), String(event), 'state');
      const target = next(from, event, { by });
      if (target !== undefined) return target;
      const onlyOther = next(from, event, { by: OTHER_ACTOR[by] }) !== undefined;
      throw refused(from, event, `Cannot ${event} a ${name} in state ${from}${onlyOther ? `: only ${ACTOR_NAMES[OTHER_ACTOR[by]]} can do that` : ''}.`, by);
    },
    canMoveTo: (from, to, options) => allowed(from, options).some((transition) => transition.to === to),
    assertMoveTo(from, to, options) {
      const by = options?.by ?? 'client';
      if (!isState(from)) throw unknownState(String(from), `move to ${String(to)}`, 'current state');
      if (!isState(to)) throw unknownState(String(to), `move to ${String(to)}`, 'target state');
      const found = allowed(from, { by }).find((transition) => transition.to === to);
      if (found) return found;
      const onlyOther = allowed(from, { by: OTHER_ACTOR[by] }).some((transition) => transition.to === to);
      throw refused(from, to, `Cannot move a ${name} from ${from} to ${to}${onlyOther ? `: only ${ACTOR_NAMES[OTHER_ACTOR[by]]} can do that` : ''}.`, by);
    },
    allowed,
    toMermaid: () => toMermaid(lifecycle),
  };
  return Object.freeze(lifecycle);
}

function transitionKey(by: string, from: string, event: string): string {
  return `${by}\u0000${from}\u0000${event}`;
}

function quoteList(values: readonly string[]): string {
  return [...new Set(values)].map((value) => JSON.stringify(value)).join(', ');
}
