/**
 * A case type's whole behaviour as three pure functions (Chassaing's "functional event sourcing
 * decider"): decide which events a command produces, evolve state by one event, start from
 * initialState. No I/O, no clock: safe to run inside a Temporal workflow.
 */
export interface Decider<S, C, E> {
  decide(command: C, state: S): E[];
  evolve(state: S, event: E): S;
  initialState(): S;
}

/** The state after `events`, starting from `state` (the decider's initial state by default). */
export function fold<S, C, E>(decider: Decider<S, C, E>, events: readonly E[], state: S = decider.initialState()): S {
  return events.reduce((current, event) => decider.evolve(current, event), state);
}
