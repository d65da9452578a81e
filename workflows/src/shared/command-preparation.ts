import { CommandRefused, type ClockPlan, type ClockState, type Event } from '@entente/domain';
import { takesChange } from './earlier-changes';
import { queuedActivities } from './activity-proxies';
import type { CaseActivities } from './case-activities';
import type { CaseDefinition, ClockStart, Preparation } from './case-definition';
import type { AnyCommand } from './commands';
import { asRefusalOf } from './domain-failures';

type AnyEvent = Event<string, unknown>;
type Check<S> = (command: AnyCommand, state: S) => unknown;
type Prepare<S> = (command: AnyCommand, state: S) => Promise<AnyCommand>;

/**
 * A definition's entry for a command type known only at run time (an Update's, a timer's). Each
 * entry is typed by its own command, which the key it sits under guarantees.
 */
function entryOf<T>(entries: object | undefined, type: string): T | undefined {
  return (entries as Readonly<Partial<Record<string, T>>> | undefined)?.[type];
}

const clockStartOf = <S>(definition: { clockStarts: object }, type: string) =>
  entryOf<ClockStart<S, AnyCommand>>(definition.clockStarts, type);
const preparationEntryOf = <S>(definition: { preparations?: object }, type: string) =>
  entryOf<Preparation<S, AnyCommand, AnyCommand>>(definition.preparations, type);

/** Every check made before a command is prepared (no activity runs for a refused command) or decided. */
export function checkOf<S, C extends AnyCommand, E extends AnyEvent, R extends AnyCommand>(
  definition: CaseDefinition<S, C, E, R>,
  type: string,
): Check<S> {
  const before =
    clockStartOf<S>(definition, type)?.check ??
    (type === 'ResumeServiceStandardClock' ? pausedClockOf(definition) : preparationEntryOf<S>(definition, type)?.check);
  return before ?? ((command, state) => definition.decider.decide(command as C, state));
}

/**
 * How a command is completed before deciding: its clock planned, a paused clock's deadlines
 * moved, or the case type's own preparation. Its checks are `checkOf`'s.
 */
export function preparationOf<S, C extends AnyCommand, E extends AnyEvent, R extends AnyCommand>(
  definition: CaseDefinition<S, C, E, R>,
  type: string,
  calls: CaseActivities,
): Prepare<S> | undefined {
  const start = clockStartOf<S>(definition, type);
  if (start) return (command, state) => withClock(start, command, state, calls);
  if (type === 'ResumeServiceStandardClock') return resumption(definition, calls);
  const prepare = preparationEntryOf<S>(definition, type)?.prepare;
  return prepare && ((command, state) => prepare(command, state, preparationCalls(calls)));
}

/**
 * A case type's own preparation once built its queued activities: cases that prepared that way
 * before replay them. Asked when a preparation runs, so other cases record no marker.
 */
function preparationCalls(calls: CaseActivities): CaseActivities {
  return takesChange('case-preparations-use-runner-activities') ? calls : queuedActivities;
}

function pausedClockOf<S>(definition: { clocks: (state: S) => readonly ClockState[] }) {
  return (command: AnyCommand, state: S): ClockState => {
    const { standardId } = command.data as { standardId?: unknown };
    const clock = definition.clocks(state).find((candidate) => candidate.plan.standardId === standardId);
    if (!clock?.pausedAt) throw new CommandRefused(`no paused ${String(standardId)} clock in this case`);
    return clock;
  };
}

/** Resuming needs the calendar: the paused working days are counted in an activity. */
function resumption<S>(definition: { clocks: (state: S) => readonly ClockState[] }, calls: CaseActivities): Prepare<S> {
  const pausedClock = pausedClockOf(definition);
  return async (command, state) => {
    const { plan, pausedAt } = pausedClock(command, state);
    const resumed = await calls.resumeServiceStandardClock({ plan, pausedAt: pausedAt!, resumedAt: command.metadata.now });
    return { ...command, data: { standardId: plan.standardId, ...resumed } };
  };
}

async function withClock<S>(start: ClockStart<S, AnyCommand>, command: AnyCommand, state: S, calls: CaseActivities): Promise<AnyCommand> {
  const data = command.data as Record<string, unknown>;
  const startedAt = start.startedAt(data, command.metadata.now, state);
  const clock: ClockPlan = await asRefusalOf(start.startedAtField, () =>
    calls.planServiceStandardClock({ standardId: start.standardId, startedAt }),
  );
  return { ...command, data: { ...data, clock } };
}
