import type { UpdateDefinition } from '@temporalio/common';
import { defineQuery, defineSignal, defineUpdate } from '@temporalio/workflow';
import type { Actor, PauseServiceStandardClock, PersonalInformationCorrection } from '@entente/domain';
import type { CommandProof } from './command-proof';
import type { AnyCommand, AsSent, ClockResumption } from './commands';

/**
 * What staff send with every command: the payload, who they are, the request's correlation id,
 * and the API's proof that it authenticated them (absent only in histories from before it).
 */
export interface CommandRequest<Data> {
  readonly data: Data;
  readonly actor: Actor;
  readonly correlationId: string;
  readonly proof?: CommandProof;
}

/** What a command answers and a query returns: the case's state after its last event. */
export interface CaseView<State> {
  readonly caseId: string;
  readonly sequence: number;
  readonly state: State;
}

/** The Update that carries one staff command: the data staff send, the case's state it answers. */
export type CommandUpdate<Data, State> = UpdateDefinition<CaseView<State>, [CommandRequest<Data>]>;

/**
 * The Update named after a command type (`AssignEmailRequest` -> `assignEmailRequest`), untyped:
 * for tests that send a workflow what the API's types would not let through.
 */
export function commandUpdate<Data, State>(commandType: string): CommandUpdate<Data, State> {
  return defineUpdate(commandType.charAt(0).toLowerCase() + commandType.slice(1));
}

/** A case type's staff commands (R, as staff send them), each the Update that carries it. */
export type CommandUpdates<S, R extends AnyCommand> = {
  readonly [K in R['type']]: CommandUpdate<AsSent<Extract<R, { type: K }>['data']>, S>;
};

/** What an Update carries, and the state of the case that answers it, for the API that sends it. */
export type UpdateData<U> = U extends CommandUpdate<infer Data extends object, unknown> ? Data : never;
export type UpdateState<U> = U extends CommandUpdate<unknown, infer State> ? State : never;

/**
 * A case type's Updates, by staff command type, each under its name on the wire. Running cases
 * and recorded histories know an Update by that name: it never changes.
 */
export function commandUpdates<S, R extends AnyCommand>(names: { readonly [K in R['type']]: Uncapitalize<K> }): CommandUpdates<S, R> {
  const updates = Object.entries<string>(names).map(([type, name]) => [type, defineUpdate<CaseView<S>, [CommandRequest<unknown>]>(name)]);
  return Object.fromEntries(updates) as CommandUpdates<S, R>;
}

/** The clock commands staff send to a case that runs a service-standard clock, whatever its type. */
export const CLOCK_UPDATE_NAMES = {
  PauseServiceStandardClock: 'pauseServiceStandardClock',
  ResumeServiceStandardClock: 'resumeServiceStandardClock',
} as const;
export const CLOCK_UPDATES = commandUpdates<unknown, PauseServiceStandardClock | ClockResumption>(CLOCK_UPDATE_NAMES);

/**
 * A correction of one personal field (docs/adr/0020), which any open case takes from its body's
 * privacy officer; a closed case's is recorded by `recordCorrectionWorkflow`.
 */
export const correctPersonalInformationUpdate = defineUpdate<CaseView<unknown>, [CommandRequest<PersonalInformationCorrection>]>(
  'correctPersonalInformation',
);

/** Any case's state, read live from its workflow. */
export const caseViewQuery = defineQuery<CaseView<unknown>>('caseView');

/** The working-day calendar changed (a holiday added): running clocks are planned again. */
export const calendarChangedSignal = defineSignal<[{ readonly reason: string }]>('calendarChanged');
