import { defineQuery, defineSignal, defineUpdate } from '@temporalio/workflow';
import type { Actor } from '@entente/domain';

/** What staff send with every command: the payload, who they are, and the request's correlation id. */
export interface CommandRequest<Data> {
  readonly data: Data;
  readonly actor: Actor;
  readonly correlationId: string;
}

/** What a command answers and a query returns: the case's state after its last event. */
export interface CaseView<State> {
  readonly caseId: string;
  readonly sequence: number;
  readonly state: State;
}

/** The Update that carries one staff command type (`AssignEmailRequest` -> `assignEmailRequest`). */
export function commandUpdate<Data, State>(commandType: string) {
  return defineUpdate<CaseView<State>, [CommandRequest<Data>]>(commandType.charAt(0).toLowerCase() + commandType.slice(1));
}

/** Any case's state, read live from its workflow. */
export const caseViewQuery = defineQuery<CaseView<unknown>>('caseView');

/** The working-day calendar changed (a holiday added): running clocks are planned again. */
export const calendarChangedSignal = defineSignal<[{ readonly reason: string }]>('calendarChanged');
