import type { CaseTraits, Decider, Event } from '@entente/domain';
import type { CaseType } from '@entente/contracts';
import type { CaseActivities } from './case-activities';
import type { CommandUpdates } from './case-messages';
import type { CarriedCase, WrittenEvent } from './case-runner';
import type { StartProof } from './command-proof';
import type { AnyCommand, StaffRequest, Unplanned } from './commands';

/** A command that starts a service-standard clock: its plan is computed first, in an activity. */
export interface ClockStart<S, C extends AnyCommand> {
  readonly standardId: string;
  /** When the clock starts: the fact's own instant (received, held, the call's closing...), not when it was recorded. */
  readonly startedAt: (data: Unplanned<C>['data'], now: string, state: S) => string;
  /** The command's field that gives that instant, named when the clock cannot be planned from it. */
  readonly startedAtField?: keyof Unplanned<C>['data'] & string;
  /** Every check but the clock's, so the update validator refuses before any activity runs. */
  readonly check: (command: Unplanned<C>, state: S) => unknown;
}

/**
 * A command completed in an activity before it is decided (a mission's evaluation plan), from
 * what staff send (R) to what the decider takes (C): checked first, so an update validator
 * refuses it before any activity runs. It calls the runner's activities, local like the others.
 */
export interface Preparation<S, R extends AnyCommand, C extends AnyCommand> {
  readonly check: (command: R, state: S) => unknown;
  readonly prepare: (command: R, state: S, activities: CaseActivities) => Promise<C>;
}

type Of<U extends AnyCommand, K> = Extract<U, { type: K }>;

/**
 * What makes a case type a workflow: its decider, how its commands (C, and R as staff send them)
 * and timers reach it, and its traits (opened, open, clocks, next alarm, standing), the domain's
 * own, shared with the projector.
 */
export interface CaseDefinition<
  S,
  C extends AnyCommand,
  E extends Event<string, unknown>,
  R extends AnyCommand = StaffRequest<C>,
> extends CaseTraits<S> {
  readonly caseType: CaseType;
  readonly decider: Decider<S, C, E>;
  readonly schemaVersions: Readonly<Record<E['type'], number>>;
  /**
   * An event a case begun before a schema change still writes in the schema it published then
   * (null: the current one). Replaying its history must seal the very bytes on the topic, or the
   * chain it goes on with would not link to them; new cases take the change behind a patch.
   */
  readonly writtenAsPublished?: (event: E) => WrittenEvent | null;
  /**
   * A state carried by a run continued before its shape changed (a field renamed), read in
   * today's shape; the carried state is what the old code folded, and no event folds it again.
   */
  readonly carriedAsCurrent?: (state: S) => S;
  /** Staff commands, each the Update that carries it (`<case-type>.messages.ts`). */
  readonly updates: CommandUpdates<S, R>;
  readonly clockStarts: { readonly [K in C['type']]?: ClockStart<S, Of<C, K>> };
  readonly preparations?: { readonly [K in R['type'] & C['type']]?: Preparation<S, Of<R, K>, Of<C, K>> };
}

/** A case workflow's input: a new case, or a long one continued from its previous run. */
export interface CaseInput<S = unknown> {
  readonly caseId: string;
  readonly carried?: CarriedCase<S>;
  /** Events of history after which a run continues as new (tests lower it). */
  readonly historyLimit?: number;
  /** The API's signature over the rest of this input (a first run; a continued run carries its first's). */
  readonly proof?: StartProof;
}
