import { fold, type Decider } from '../decider';

// Test support only (uses Jest's global `expect`): exported from `src/testing`, never from the
// package index, so it stays out of workflow bundles.

type ErrorClass<Err extends Error> = abstract new (...args: never[]) => Err;

export interface DeciderThen<E> {
  then(expected: readonly E[]): void;
  thenThrows<Err extends Error>(errorClass: ErrorClass<Err>, predicate?: (error: Err) => boolean): void;
}

export interface DeciderWhen<C, E> {
  when(command: C): DeciderThen<E>;
}

export interface DeciderGiven<C, E> {
  given(events: readonly E[]): DeciderWhen<C, E>;
}

function thenFor<S, C, E>(decider: Decider<S, C, E>, events: readonly E[], command: C): DeciderThen<E> {
  const act = (): E[] => decider.decide(command, fold(decider, events));
  return {
    then(expected) {
      expect(act()).toEqual(expected);
    },
    thenThrows(errorClass, predicate) {
      let thrown: unknown = undefined;
      try {
        act();
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(errorClass);
      if (predicate) expect(predicate(thrown as never)).toBe(true);
    },
  };
}

/** `DeciderSpecification.for(decider).given(events).when(command).then(events)`. */
export const DeciderSpecification = {
  for<S, C, E>(decider: Decider<S, C, E>): DeciderGiven<C, E> {
    return {
      given: (events) => ({ when: (command) => thenFor(decider, events, command) }),
    };
  },
};
