import { allHandlersFinished, ApplicationFailure, condition, continueAsNew, setHandler, workflowInfo } from '@temporalio/workflow';
import { PERSONAL_DATA, PERSONAL_INFORMATION_CORRECTED, PERSONAL_INFORMATION_CORRECTED_VERSION, type CaseType } from '@entente/contracts';
import {
  checkCorrection,
  correctedState,
  CORRECT_PERSONAL_INFORMATION,
  type CaseAlarm,
  type Event,
  type PersonalInformationCorrection,
} from '@entente/domain';
import { takesChange } from './earlier-changes';
import { localActivities, queuedActivities } from './activity-proxies';
import type { CaseActivities } from './case-activities';
import type { CaseDefinition, CaseInput } from './case-definition';
import {
  calendarChangedSignal,
  caseViewQuery,
  correctPersonalInformationUpdate,
  type CaseView,
  type CommandRequest,
  type CommandUpdate,
} from './case-messages';
import { CaseRunner, type CarriedCase, type Conceal, type WrittenEvent } from './case-runner';
import { showCase } from './case-search-attributes';
import { refusingAsFailure } from './domain-failures';
import { staffCommand, systemCommand, type AnyCommand } from './commands';
import { checkOf, preparationOf } from './command-preparation';
import { publishingOnceSealed } from './publishing';
import { proofChecks, requireOwnCarry } from './proven-commands';

export type { CaseDefinition, CaseInput, ClockStart, Preparation } from './case-definition';

/** Cases begun before a refused opening ended the run at once waited this long for another opening. */
const OPENING_GRACE = '1 minute';
/** Well before Temporal's warning at 10,240 events: a run this long hands over to a new one. */
const HISTORY_LIMIT = 2_000;

type AnyEvent = Event<string, unknown>;

/**
 * One case for its whole life: staff commands arrive as Updates, timers issue the system's
 * commands, and every event is published in order before the workflow ends. A case that lives
 * long (an engagement runs for years) continues as new, carrying its state and chain head.
 */
export async function runCase<S, C extends AnyCommand, E extends AnyEvent, R extends AnyCommand>(
  definition: CaseDefinition<S, C, E, R>,
  input: CaseInput<S>,
): Promise<CaseView<S>> {
  const identity = { caseId: input.caseId, caseType: definition.caseType };
  const calls = takesChange('case-activities-run-locally') ? localActivities : queuedActivities;
  const proven = takesChange('staff-commands-signed-by-api');
  if (proven) requireOwnCarry(input);
  const runner = new CaseRunner(
    definition.decider,
    identity,
    (event: E) => writtenEvent(definition, event),
    calls === localActivities ? publishingOnceSealed(calls.publishCaseEvents) : calls.publishCaseEvents,
    carriedAsCurrent(definition, input.carried),
    concealing(identity),
  );
  registerHandlers(definition, runner, calls, proven ? proofChecks(input) : () => undefined);
  showStanding(definition, runner, input);
  const calendarChanges: string[] = [];
  setHandler(calendarChangedSignal, ({ reason }) => void calendarChanges.push(reason));
  let ending: 'never-opened' | 'closed' | 'too-long' | null = null;
  const opened = () => definition.isOpened(runner.current);
  // A run that ends waits for every command in flight to be published, so none is left behind.
  const publishing = runner.publishUntil(
    () => (ending !== null && allHandlersFinished()) || (opened() && !definition.isOpen(runner.current)),
  );
  ending = (await openingSettled(opened))
    ? await runAlarms(definition, runner, calls, calendarChanges, input.historyLimit ?? HISTORY_LIMIT)
    : 'never-opened';
  await condition(allHandlersFinished);
  await publishing;
  if (ending === 'too-long') await continueAsNew<(next: CaseInput<S>) => Promise<unknown>>({ ...input, carried: runner.carry() });
  if (ending === 'never-opened' && takesChange('never-opened-run-fails')) throw neverOpened(input.caseId);
  return runner.view();
}

/**
 * A run that never opened holds no event: its opening was refused, or lost with a Temporal that
 * went down between the start and the Update. It ends failed, so that the same request sent again
 * under its key (the case id is the key's) starts a new run (ALLOW_DUPLICATE_FAILED_ONLY) instead
 * of meeting a closed case that never existed.
 */
function neverOpened(caseId: string): ApplicationFailure {
  return ApplicationFailure.create({ type: 'CaseNeverOpened', message: `case ${caseId} never opened`, nonRetryable: true });
}

/**
 * Personal fields are sealed under the case's key before the event is sealed into the chain, in a
 * local activity (its marker records the ciphertext, so a replay seals the same bytes). Cases
 * begun before keep sealing their events as decided, in clear.
 */
function concealing(identity: { caseId: string; caseType: CaseType }): Conceal | undefined {
  if (!takesChange('personal-fields-encrypted-at-rest')) return undefined;
  return (data) => localActivities.concealPersonalFields({ ...identity, data });
}

/** A run begun before carried states were read in today's shape goes on with the state as carried. */
function carriedAsCurrent<S>(definition: { carriedAsCurrent?: (state: S) => S }, carried: CarriedCase<S> | undefined) {
  if (!carried || !definition.carriedAsCurrent || !takesChange('carried-state-as-current')) return carried;
  return { ...carried, state: definition.carriedAsCurrent(carried.state) };
}

/**
 * Whether the case opened (a continued run always has). Its opening command arrives with the
 * start (Update-with-Start), so once no handler is in flight a case still unopened was refused,
 * and its run ends at once.
 */
async function openingSettled(opened: () => boolean): Promise<boolean> {
  if (!takesChange('refused-opening-ends-run')) return condition(opened, OPENING_GRACE);
  await condition(() => opened() || allHandlersFinished());
  return opened();
}

type Runner<S, C extends AnyCommand, E extends AnyEvent> = CaseRunner<S, C, E>;

/**
 * The case's search attributes and current details follow every change; a continued run shows
 * its carried state at once. Cases begun before search attributes replay histories without them.
 */
function showStanding<S, C extends AnyCommand, E extends AnyEvent, R extends AnyCommand>(
  definition: CaseDefinition<S, C, E, R>,
  runner: Runner<S, C, E>,
  input: CaseInput<S>,
): void {
  const indexed = takesChange('case-search-attributes');
  const show = (state: S) => showCase(definition.caseType, definition.standing(state), definition.clocks(state), indexed);
  runner.onChange(show);
  if (input.carried) show(runner.current);
}

function writtenEvent<S, C extends AnyCommand, E extends AnyEvent, R extends AnyCommand>(
  definition: CaseDefinition<S, C, E, R>,
  event: E,
): WrittenEvent {
  return definition.writtenAsPublished?.(event) ?? { schemaVersion: definition.schemaVersions[event.type as E['type']], data: event.data };
}

/**
 * Each staff command's Update: its validator checks the API's proof (cases begun before proofs
 * take commands without), then the domain's rules; then it is prepared if it must be, and decided.
 */
function registerHandlers<S, C extends AnyCommand, E extends AnyEvent, R extends AnyCommand>(
  definition: CaseDefinition<S, C, E, R>,
  runner: Runner<S, C, E>,
  calls: CaseActivities,
  prove: (request: CommandRequest<object>) => void,
): void {
  setHandler(caseViewQuery, () => runner.view());
  for (const [type, update] of Object.entries<CommandUpdate<object, S>>(definition.updates)) {
    const check = checkOf(definition, type);
    const preparation = preparationOf(definition, type, calls);
    const command = (request: CommandRequest<object>): AnyCommand => staffCommand(type, request);
    const validator = (request: CommandRequest<object>) => {
      prove(request);
      refusingAsFailure(() => check(command(request), runner.current));
    };
    if (preparation) {
      setHandler(update, async (request) => runner.execute((await preparation(command(request), runner.current)) as C), { validator });
    } else {
      setHandler(update, (request) => runner.execute(command(request) as C), { validator });
    }
  }
  registerCorrections(definition.caseType, runner, prove);
}

/**
 * The privacy officer's corrections, whatever the case type: checked against the fields the
 * contracts mark personal, then recorded beside the decider and folded as every fold reads them.
 */
function registerCorrections<S, C extends AnyCommand, E extends AnyEvent>(
  caseType: CaseType,
  runner: Runner<S, C, E>,
  prove: (request: CommandRequest<object>) => void,
): void {
  const marked = PERSONAL_DATA[caseType].state;
  setHandler(
    correctPersonalInformationUpdate,
    (request) => {
      const { field, correctedValue, reason } = request.data;
      const event = {
        type: PERSONAL_INFORMATION_CORRECTED,
        schemaVersion: PERSONAL_INFORMATION_CORRECTED_VERSION,
        data: { field, correctedValue, reason },
      };
      const command = staffCommand(CORRECT_PERSONAL_INFORMATION, request);
      return runner.record(command, event, (state) => correctedState(state, field, correctedValue));
    },
    {
      validator: (request: CommandRequest<PersonalInformationCorrection>) => {
        prove(request);
        refusingAsFailure(() => checkCorrection(request.actor, { erased: false }, marked, runner.current, request.data));
      },
    },
  );
}

/**
 * The checks an opening command meets in its workflow's validator, run before the workflow is
 * started: a refused opening starts nothing. Throws the domain's refusal.
 */
export function checkOpening<S, C extends AnyCommand, E extends AnyEvent, R extends AnyCommand>(
  definition: CaseDefinition<S, C, E, R>,
  type: string,
  request: CommandRequest<object>,
): void {
  checkOf(definition, type)(staffCommand(type, request), definition.decider.initialState());
}

/**
 * Sleeps until the case's next alarm; any new event (an answer, say) re-plans the wait. Ends when
 * the case closes, or when this run's history is long enough to hand over to a new run.
 */
async function runAlarms<S, C extends AnyCommand, E extends AnyEvent, R extends AnyCommand>(
  definition: CaseDefinition<S, C, E, R>,
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
    if (takesChange('case-continues-as-new') && tooLong(historyLimit)) return 'too-long';
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
async function replanClocks<S, C extends AnyCommand, E extends AnyEvent, R extends AnyCommand>(
  definition: CaseDefinition<S, C, E, R>,
  runner: Runner<S, C, E>,
  calls: CaseActivities,
  reason: string,
): Promise<void> {
  const running = definition.clocks(runner.current).filter((clock) => clock.stoppedAt === null && !clock.breached);
  for (const { plan } of running) {
    const replanned = await calls.replanServiceStandardClock(plan);
    if (replanned.dueAt === plan.dueAt && replanned.warnAt === plan.warnAt) continue;
    const move: Pick<CaseAlarm, 'type' | 'data'> = {
      type: 'MoveServiceStandardDueDate',
      data: { standardId: plan.standardId, plan: replanned, reason },
    };
    await runner.execute(systemCommand(move, runner.view().caseId) as C);
  }
}

/** The command a due alarm issues, with its clock planned first when it starts one (a call's closing). */
async function timerCommand<S, C extends AnyCommand, E extends AnyEvent, R extends AnyCommand>(
  definition: CaseDefinition<S, C, E, R>,
  alarm: CaseAlarm,
  runner: Runner<S, C, E>,
  calls: CaseActivities,
): Promise<C> {
  const command = systemCommand(alarm, runner.view().caseId);
  const preparation = preparationOf(definition, command.type, calls);
  return (preparation ? await preparation(command, runner.current) : command) as C;
}

function tooLong(historyLimit: number): boolean {
  const { historyLength, continueAsNewSuggested } = workflowInfo();
  return continueAsNewSuggested || historyLength >= historyLimit;
}
