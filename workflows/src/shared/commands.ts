import type {
  ClockCommand,
  ClockPlan,
  Command,
  CommandMetadata,
  EscalateServiceStandardBreach,
  MoveServiceStandardDueDate,
  ResumeServiceStandardClock,
} from '@entente/domain';
import type { CommandRequest } from './case-messages';

export type AnyCommand = Command<string, unknown>;

/** A command that starts a clock, before the workflow plans it: what staff send, what its checks see. */
export type Unplanned<C extends AnyCommand> = Command<C['type'], Omit<C['data'], 'clock'>>;

/** Staff resume a clock by its standard: the workflow moves its deadlines by the paused working days. */
export type ClockResumption = Command<'ResumeServiceStandardClock', Pick<ResumeServiceStandardClock['data'], 'standardId'>>;

/** Commands only the workflow's clocks issue: staff never send them. */
type ClockTimerCommand = ClockCommand | EscalateServiceStandardBreach | MoveServiceStandardDueDate;

/**
 * The commands of a union as staff send them, without what the workflow completes before
 * deciding: the clock a command starts, a resumed clock's new plan. Timers' commands are left out.
 */
export type StaffRequest<C extends AnyCommand> = C extends ClockTimerCommand
  ? never
  : C extends ResumeServiceStandardClock
    ? ClockResumption
    : C extends { readonly data: { readonly clock: ClockPlan } }
      ? Unplanned<C>
      : C;

type AllKeys<U> = U extends unknown ? keyof U : never;
type ValueOf<U, K extends PropertyKey> = U extends { readonly [P in K]?: infer V } ? V : never;
/** True for a member of U where K may be left out: absent, optional or nullable there. */
type MayOmit<U, K extends PropertyKey> = U extends unknown
  ? K extends keyof U
    ? null extends U[K]
      ? true
      : object extends Pick<U, K>
        ? true
        : false
    : true
  : never;
type Merged<U> = { [K in AllKeys<U> as true extends MayOmit<U, K> ? K : never]?: AsSent<ValueOf<U, K>> } & {
  [K in AllKeys<U> as true extends MayOmit<U, K> ? never : K]: AsSent<ValueOf<U, K>>;
};

/**
 * Command data as a client may send it, which the decider reads as untrusted input: a nullable
 * field may be left out (it is read as null), and the alternatives of a union arrive as one
 * object whose fields the decider checks against the alternative it names.
 */
export type AsSent<D> = [D] extends [readonly (infer I)[]]
  ? readonly AsSent<I>[]
  : [Exclude<D, null | undefined>] extends [object]
    ? Merged<Exclude<D, null | undefined>> | Extract<D, null | undefined>
    : D;

/** Workflow time is Temporal's deterministic clock: the same on every replay. */
function metadata(actor: CommandMetadata['actor'], correlationId: string): CommandMetadata {
  return { actor, now: new Date().toISOString(), correlationId };
}

export function staffCommand<T extends string, D>(type: T, request: CommandRequest<D>) {
  return { type, data: request.data, metadata: metadata(request.actor, request.correlationId) };
}

/** A timer acts as the system, correlated with the case it watches. */
export function systemCommand<T extends string, D>(alarm: { type: T; data: D }, caseId: string) {
  const { type, data } = alarm;
  return { type, data, metadata: metadata({ id: 'service-standard-clock', role: 'system' }, `${caseId}:clock`) };
}
