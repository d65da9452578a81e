import { allHandlersFinished, condition, continueAsNew, patched, proxyActivities, proxyLocalActivities, setHandler, workflowInfo } from '@temporalio/workflow';
import { CommandRefused, type CaseAlarm, type CaseTraits, type ClockPlan, type ClockState, type Command, type Decider, type Event } from '@entente/domain';
import type { CaseType } from '@entente/contracts';
import type { CaseActivities } from './case-activities';
import { calendarChangedSignal, caseViewQuery, commandUpdate, type CaseView, type CommandRequest } from './case-messages';
import { CarriedCase, CaseRunner, type WrittenEvent } from './case-runner';
import { showCase } from './case-search-attributes';
import { asRefusalOf, refusingAsFailure } from './domain-failures';
import { staffCommand, systemCommand } from './commands';

const activities = proxyActivities<CaseActivities>({ startToCloseTimeout: '30 seconds' });
/**
 * The same calls run by the worker inside the workflow task: each is short (a clock planned, a
 * batch published), and a round trip through the server's task queue cost six history events and
 * most of a command's answer time. Cases begun before keep the queued activities they recorded.
 */
const localActivities = proxyLocalActivities<CaseActivities>({ startToCloseTimeout: '30 seconds' });
/** Cases begun before a refused opening ended the run at once waited this long for another opening. */
const OPENING_GRACE = '1 minute';
/** Well before Temporal's warning at 10,240 events: a run this long hands over to a new one. */
const HISTORY_LIMIT = 2_000;

type AnyCommand = Command<string, unknown>;

/** A command that starts a service-standard clock: its plan is computed first, in an activity. */
export interface ClockStart<S> {
  readonly standardId: string;
  /** When the clock starts: the fact's own instant (received, held, the call's closing...), not when it was recorded. */
  readonly startedAt: (data: Record<string, unknown>, now: string, state: S) => string;
  /** The command's field that gives that instant, named when the clock cannot be planned from it. */
  readonly startedAtField?: string;
  /** Every check but the clock's, so the update validator refuses before any activity runs. */
  readonly check: (command: AnyCommand, state: S) => unknown;
}

/**
 * A command completed in an activity before it is decided (a mission's evaluation plan): checked
 * first, so an update validator refuses it before any activity runs. It calls the runner's
 * activities, local like the others.
 */
export interface Preparation<S> {
  readonly check: (command: AnyCommand, state: S) => unknown;
  readonly prepare: (command: AnyCommand, state: S, activities: CaseActivities) => Promise<AnyCommand>;
}

/**
 * What makes a case type a workflow: its decider, how its commands and timers reach it, and its
 * traits (opened, open, clocks, next alarm, standing), the domain's own, shared with the projector.
 */
export interface CaseDefinition<S, C extends AnyCommand, E extends Event<string, unknown>> extends CaseTraits<S> {
  readonly caseType: CaseType;
  readonly decider: Decider<S, C, E>;
  readonly schemaVersions: Readonly<Record<E['type'], number>>;
  /**
   * An event a case begun before a schema change still writes in the schema it published then
   * (null: the current one). Replaying its history must seal the very bytes on the topic, or the
   * chain it goes on with would not link to them; new cases take the change behind `patched()`.
   */
  readonly writtenAsPublished?: (event: E) => WrittenEvent | null;
  /** Staff commands, each an Update named after it (`AssignEmailRequest` -> `assignEmailRequest`). */
  readonly staffCommands: readonly C['type'][];
  readonly clockStarts: Partial<Record<C['type'], ClockStart<S>>>;
  readonly preparations?: Partial<Record<C['type'], Preparation<S>>>;
}

/** A case workflow's input: a new case, or a long one continued from its previous run. */
export interface CaseInput<S = unknown> {
  readonly caseId: string;
  readonly carried?: CarriedCase<S>;
  /** Events of history after which a run continues as new (tests lower it). */
  readonly historyLimit?: number;
}

/**
 * One case for its whole life: staff commands arrive as Updates, timers issue the system's
 * commands, and every event is published in order before the workflow ends. A case that lives
 * long (an engagement runs for years) continues as new, carrying its state and chain head.
 */
export async function runCase<S, C extends AnyCommand, E extends Event<string, unknown>>(
  definition: CaseDefinition<S, C, E>,
  input: CaseInput<S>,
): Promise<CaseView<S>> {
  const identity = { caseId: input.caseId, caseType: definition.caseType };
  const calls = patched('case-activities-run-locally') ? localActivities : activities;
  const runner = new CaseRunner(definition.decider, identity, (event: E) => writtenEvent(definition, event), calls.publishCaseEvents, input.carried);
  registerHandlers(definition, runner, calls);
  showStanding(definition, runner, input);
  const calendarChanges: string[] = [];
  setHandler(calendarChangedSignal, ({ reason }) => void calendarChanges.push(reason));
  let ending: 'never-opened' | 'closed' | 'too-long' | null = null;
  const opened = () => definition.isOpened(runner.current);
  // A run that ends waits for every command in flight to be published, so none is left behind.
  const publishing = runner.publishUntil(() => (ending !== null && allHandlersFinished()) || (opened() && !definition.isOpen(runner.current)));
  ending = (await openingSettled(opened)) ? await runAlarms(definition, runner, calls, calendarChanges, input.historyLimit ?? HISTORY_LIMIT) : 'never-opened';
  await condition(allHandlersFinished);
  await publishing;
  if (ending === 'too-long') await continueAsNew<(next: CaseInput<S>) => Promise<unknown>>({ ...input, carried: runner.carry() });
  return runner.view();
}

/**
 * Whether the case opened (a continued run always has). Its opening command arrives with the
 * start (Update-with-Start), so once no handler is in flight a case still unopened was refused,
 * and its run ends at once.
 */
async function openingSettled(opened: () => boolean): Promise<boolean> {
  if (!patched('refused-opening-ends-run')) return condition(opened, OPENING_GRACE);
  await condition(() => opened() || allHandlersFinished());
  return opened();
}

type Runner<S, C extends AnyCommand, E extends Event<string, unknown>> = CaseRunner<S, C, E>;

/**
 * The case's search attributes and current details follow every change; a continued run shows
 * its carried state at once. Cases begun before search attributes replay histories without them.
 */
function showStanding<S, C extends AnyCommand, E extends Event<string, unknown>>(definition: CaseDefinition<S, C, E>, runner: Runner<S, C, E>, input: CaseInput<S>): void {
  const indexed = patched('case-search-attributes');
  const show = (state: S) => showCase(definition.caseType, definition.standing(state), definition.clocks(state), indexed);
  runner.onChange(show);
  if (input.carried) show(runner.current);
}

function writtenEvent<S, C extends AnyCommand, E extends Event<string, unknown>>(definition: CaseDefinition<S, C, E>, event: E): WrittenEvent {
  return definition.writtenAsPublished?.(event) ?? { schemaVersion: definition.schemaVersions[event.type as E['type']], data: event.data };
}

function registerHandlers<S, C extends AnyCommand, E extends Event<string, unknown>>(definition: CaseDefinition<S, C, E>, runner: Runner<S, C, E>, calls: CaseActivities): void {
  setHandler(caseViewQuery, () => runner.view());
  for (const type of definition.staffCommands) {
    const check = checkOf(definition, type);
    const preparation = preparationOf(definition, type, calls);
    const command = (request: CommandRequest<unknown>) => staffCommand(type, request) as C;
    const validator = (request: CommandRequest<unknown>) => refusingAsFailure(() => check(command(request), runner.current));
    if (preparation) {
      setHandler(commandUpdate<unknown, S>(type), async (request) => runner.execute((await preparation(command(request), runner.current)) as C), { validator });
    } else {
      setHandler(commandUpdate<unknown, S>(type), (request) => runner.execute(command(request)), { validator });
    }
  }
}

/**
 * The checks an opening command meets in its workflow's validator, run before the workflow is
 * started: a refused opening starts nothing. Throws the domain's refusal.
 */
export function checkOpening<S, C extends AnyCommand, E extends Event<string, unknown>>(definition: CaseDefinition<S, C, E>, type: string, request: CommandRequest<unknown>): void {
  checkOf(definition, type as C['type'])(staffCommand(type, request) as AnyCommand, definition.decider.initialState());
}

/** Every check made before a command is prepared (no activity runs for a refused command) or decided. */
function checkOf<S, C extends AnyCommand, E extends Event<string, unknown>>(definition: CaseDefinition<S, C, E>, type: C['type']): (command: AnyCommand, state: S) => unknown {
  const before = definition.clockStarts[type]?.check ?? (type === 'ResumeServiceStandardClock' ? pausedClockOf(definition) : definition.preparations?.[type]?.check);
  return before ?? ((command, state) => definition.decider.decide(command as C, state));
}

type Prepare<S> = (command: AnyCommand, state: S) => Promise<AnyCommand>;

/**
 * How a command is completed before deciding: its clock planned, a paused clock's deadlines
 * moved, or the case type's own preparation. Its checks are `checkOf`'s.
 */
function preparationOf<S, C extends AnyCommand, E extends Event<string, unknown>>(definition: CaseDefinition<S, C, E>, type: C['type'], calls: CaseActivities): Prepare<S> | undefined {
  const start: ClockStart<S> | undefined = definition.clockStarts[type];
  if (start) return (command, state) => withClock(start, command, state, calls);
  if (type === 'ResumeServiceStandardClock') return resumption(definition, calls);
  const prepare = definition.preparations?.[type]?.prepare;
  return prepare && ((command, state) => prepare(command, state, preparationCalls(calls)));
}

/**
 * A case type's own preparation once built its queued activities: cases that prepared that way
 * before replay them. Asked when a preparation runs, so other cases record no marker.
 */
function preparationCalls(calls: CaseActivities): CaseActivities {
  return patched('case-preparations-use-runner-activities') ? calls : activities;
}

function pausedClockOf<S, C extends AnyCommand, E extends Event<string, unknown>>(definition: CaseDefinition<S, C, E>) {
  return (command: AnyCommand, state: S): ClockState => {
    const { standardId } = command.data as { standardId?: unknown };
    const clock = definition.clocks(state).find((candidate) => candidate.plan.standardId === standardId);
    if (!clock?.pausedAt) throw new CommandRefused(`no paused ${String(standardId)} clock in this case`);
    return clock;
  };
}

/** Resuming needs the calendar: the paused working days are counted in an activity. */
function resumption<S, C extends AnyCommand, E extends Event<string, unknown>>(definition: CaseDefinition<S, C, E>, calls: CaseActivities): Prepare<S> {
  const pausedClock = pausedClockOf(definition);
  return async (command, state) => {
    const { plan, pausedAt } = pausedClock(command, state);
    const resumed = await calls.resumeServiceStandardClock({ plan, pausedAt: pausedAt!, resumedAt: command.metadata.now });
    return { ...command, data: { standardId: plan.standardId, ...resumed } };
  };
}

async function withClock<S, C extends AnyCommand>(start: ClockStart<S>, command: C, state: S, calls: CaseActivities): Promise<C> {
  const data = command.data as Record<string, unknown>;
  const startedAt = start.startedAt(data, command.metadata.now, state);
  const clock: ClockPlan = await asRefusalOf(start.startedAtField, () => calls.planServiceStandardClock({ standardId: start.standardId, startedAt }));
  return { ...command, data: { ...data, clock } };
}

/**
 * Sleeps until the case's next alarm; any new event (an answer, say) re-plans the wait. Ends when
 * the case closes, or when this run's history is long enough to hand over to a new run.
 */
async function runAlarms<S, C extends AnyCommand, E extends Event<string, unknown>>(
  definition: CaseDefinition<S, C, E>,
  runner: Runner<S, C, E>,
  calls: CaseActivities,
  calendarChanges: string[],
  historyLimit: number,
): Promise<'closed' | 'too-long'> {
  while (definition.isOpen(runner.current)) {
    const reason = calendarChanges.shift();
    if (reason !== undefined) {
      await replanClocks(definition, runner, calls, reason);
      continue;
    }
    if (patched('case-continues-as-new') && tooLong(historyLimit)) return 'too-long';
    const seen = runner.sequence;
    const changed = () => runner.sequence !== seen || calendarChanges.length > 0;
    const alarm = definition.nextAlarm(runner.current, Date.now());
    const wait = alarm ? Date.parse(alarm.at) - Date.now() : 0;
    if (!alarm) await condition(changed);
    else if (wait > 0) await condition(changed, wait);
    else await runner.execute(await timerCommand(definition, alarm, runner, calls));
  }
  return 'closed';
}

/** Each running clock planned again on today's calendar; those whose deadlines changed move. */
async function replanClocks<S, C extends AnyCommand, E extends Event<string, unknown>>(
  definition: CaseDefinition<S, C, E>,
  runner: Runner<S, C, E>,
  calls: CaseActivities,
  reason: string,
): Promise<void> {
  const running = definition.clocks(runner.current).filter((clock) => clock.stoppedAt === null && !clock.breached);
  for (const { plan } of running) {
    const replanned = await calls.replanServiceStandardClock(plan);
    if (replanned.dueAt === plan.dueAt && replanned.warnAt === plan.warnAt) continue;
    const move: Pick<CaseAlarm, 'type' | 'data'> = { type: 'MoveServiceStandardDueDate', data: { standardId: plan.standardId, plan: replanned, reason } };
    await runner.execute(systemCommand(move, runner.view().caseId) as C);
  }
}

/** The command a due alarm issues, with its clock planned first when it starts one (a call's closing). */
async function timerCommand<S, C extends AnyCommand, E extends Event<string, unknown>>(
  definition: CaseDefinition<S, C, E>,
  alarm: CaseAlarm,
  runner: Runner<S, C, E>,
  calls: CaseActivities,
): Promise<C> {
  const command = systemCommand(alarm, runner.view().caseId) as C;
  const preparation = preparationOf(definition, command.type as C['type'], calls);
  return preparation ? ((await preparation(command, runner.current)) as C) : command;
}

function tooLong(historyLimit: number): boolean {
  const { historyLength, continueAsNewSuggested } = workflowInfo();
  return continueAsNewSuggested || historyLength >= historyLimit;
}
