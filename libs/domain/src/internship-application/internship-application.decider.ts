import type { Command } from '../shared/command';
import type { Decider } from '../shared/decider';
import { CommandRefused, InvalidCommand } from '../shared/errors';
import { exhaustive } from '../shared/exhaustive';
import { decideAssignment } from '../shared/assignment';
import { factInstant, nowOf, optionalText, parseInstant, requireOneOf, requirePastInstant, text } from '../shared/validation';
import { requireClockFor } from '../service-standards/clock-plan';
import { decideClockCommand, isClockCommand } from '../service-standards/clock-decisions';
import { outcomeAt } from '../service-standards/clock-state';
import type {
  AssignInternshipApplication,
  FileInternshipApplication,
  InternshipApplicationCommand,
  RecordInterviewHeld,
  ScheduleInterview,
  SendEligibilityReply,
  SendFinalReply,
  WithdrawInternshipApplication,
} from './internship-application.commands';
import { INTERVIEW_FORMATS, type InternshipApplicationEvent, type ReplyClockOutcome } from './internship-application.events';
import { authorizeInternshipApplicationCommand, INTERNSHIP_APPLICATION_PERMISSIONS } from './internship-application.permissions';
import { ELIGIBILITY_REPLY_STANDARD_ID, INTERVIEW_REPLY_STANDARD_ID } from './internship-application.standards';
import {
  evolveInternshipApplication,
  initialInternshipApplicationState,
  type InternshipApplication,
  type InternshipApplicationState,
} from './internship-application.state';
import { requireCase, requireOpen, requireStage } from './internship-application.stages';
import { requireCandidate, requireEligibilityDecision, requireFinalDecision, requireTextList } from './internship-application.validation';

type Events = InternshipApplicationEvent[];
type Metadata = InternshipApplicationCommand['metadata'];

type Fact = { readonly at: string; readonly what: string };

/**
 * Who sent a reply, when it was sent (`sentAt`, default now, not before the step it answers),
 * when it was recorded, and how it stands against the clock that was waiting for it.
 */
function sent(application: InternshipApplication, standardId: string, sentAt: unknown, metadata: Metadata, follows: Fact) {
  const at = factInstant(sentAt, 'sentAt', metadata, follows);
  const clock = application.clocks[standardId];
  const clockOutcome: ReplyClockOutcome = clock && clock.stoppedAt === null ? outcomeAt(clock, Date.parse(at)) : null;
  return { sentBy: metadata.actor.id, sentAt: at, recordedAt: new Date(nowOf(metadata)).toISOString(), clockOutcome };
}

/** The step a final reply answers: the interview when one was held, else the eligibility reply. */
function finalReplyFollows({ interview, eligibility }: InternshipApplication): Fact {
  if (interview?.heldAt) return { at: interview.heldAt, what: 'the interview' };
  return { at: eligibility!.sentAt, what: 'the eligibility reply' };
}

/** A filing before its clock is planned (the plan comes from an activity, after validation). */
export type InternshipApplicationFiling = Command<'FileInternshipApplication', Omit<FileInternshipApplication['data'], 'clock'>>;

/** Everything a filing must satisfy except its clock, so an update validator can refuse it first. */
export function checkFileInternshipApplication({ type, data, metadata }: InternshipApplicationFiling, state: InternshipApplicationState) {
  authorizeInternshipApplicationCommand({ type, metadata }, state);
  if (state.status !== 'none') throw new CommandRefused(`case already exists (${state.caseId})`);
  return {
    caseId: text(data.caseId, 'caseId'),
    candidate: requireCandidate(data.candidate),
    preferredOrganizations: requireTextList(data.preferredOrganizations, 'preferredOrganizations', 0),
    filedAt: requirePastInstant(data.filedAt, 'filedAt', nowOf(metadata)),
    recordedBy: metadata.actor.id,
  };
}

function file(command: FileInternshipApplication, state: InternshipApplicationState): Events {
  const filing = checkFileInternshipApplication(command, state);
  const clock = requireClockFor(command.data.clock, ELIGIBILITY_REPLY_STANDARD_ID, filing.filedAt, 'filedAt');
  return [{ type: 'InternshipApplicationFiled', data: { ...filing, clock } }];
}

function assign({ data, metadata }: AssignInternshipApplication, state: InternshipApplicationState): Events {
  const application = requireOpen(state);
  const officerId = text(data.officerId, 'officerId');
  const reason = optionalText(data.reason, 'reason');
  const assignedBy = metadata.actor.id;
  const assignment = decideAssignment(application.assignee, officerId, reason);
  if (assignment.kind === 'assigned') return [{ type: 'InternshipApplicationAssigned', data: { officerId, assignedBy } }];
  const { fromOfficerId, toOfficerId } = assignment;
  return [{ type: 'InternshipApplicationReassigned', data: { fromOfficerId, toOfficerId, reason, assignedBy } }];
}

function sendEligibilityReply({ data, metadata, type }: SendEligibilityReply, state: InternshipApplicationState): Events {
  const application = requireStage(state, ['filed'], type);
  const decision = requireEligibilityDecision(data);
  if (decision.decision === 'eligible' && application.candidate.studyLevel === 'other') {
    throw new CommandRefused("the programme is for master's and doctoral students only");
  }
  const reply = sent(application, ELIGIBILITY_REPLY_STANDARD_ID, data.sentAt, metadata, { at: application.filedAt, what: 'the filing' });
  return [{ type: 'EligibilityReplySent', data: { ...decision, ...reply } }];
}

function scheduleInterview({ data, metadata, type }: ScheduleInterview, state: InternshipApplicationState): Events {
  const application = requireStage(state, ['eligible', 'interview-scheduled'], type);
  const format = requireOneOf(data.format, INTERVIEW_FORMATS, 'format');
  const scheduledFor = new Date(parseInstant(data.scheduledFor, 'scheduledFor')).toISOString();
  if (application.eligibility && scheduledFor < application.eligibility.sentAt) {
    throw new InvalidCommand('scheduledFor', `must not be before the eligibility reply (${application.eligibility.sentAt})`);
  }
  const previous = application.interview;
  if (previous && previous.scheduledFor === scheduledFor && previous.format === format) {
    throw new CommandRefused(`the interview is already scheduled for ${scheduledFor} (${format})`);
  }
  const scheduled = { scheduledFor, format, rescheduledFrom: previous?.scheduledFor ?? null };
  const at = new Date(nowOf(metadata)).toISOString();
  return [{ type: 'InterviewScheduled', data: { ...scheduled, scheduledBy: metadata.actor.id, scheduledAt: at } }];
}

/**
 * Rules a case type gained after cases began: a case that accepted commands without one replays
 * them so (its workflow's patch decides which rules apply).
 */
export interface InternshipApplicationRules {
  /** An interview is not held before its scheduled time (issue 12). */
  readonly heldAsScheduled: boolean;
}

/** The rules every command is decided under now. */
export const INTERNSHIP_APPLICATION_RULES: InternshipApplicationRules = { heldAsScheduled: true };

/** The rules of interviews recorded before they were held to their scheduled time. */
export const FIRST_INTERNSHIP_APPLICATION_RULES: InternshipApplicationRules = { heldAsScheduled: false };

function scheduledInterview({ interview }: InternshipApplication, rules: InternshipApplicationRules): Fact | undefined {
  return rules.heldAsScheduled && interview ? { at: interview.scheduledFor, what: 'the scheduled interview' } : undefined;
}

/** An interview record before its clock is planned. */
export type InterviewHeldRecord = Command<'RecordInterviewHeld', Omit<RecordInterviewHeld['data'], 'clock'>>;

/** Everything an interview record must satisfy except its clock (see `checkFileInternshipApplication`). */
export function checkRecordInterviewHeld(
  { type, data, metadata }: InterviewHeldRecord,
  state: InternshipApplicationState,
  rules = INTERNSHIP_APPLICATION_RULES,
) {
  authorizeInternshipApplicationCommand({ type, metadata }, state);
  const application = requireStage(state, ['interview-scheduled'], type);
  const heldAt = requirePastInstant(data.heldAt, 'heldAt', nowOf(metadata), scheduledInterview(application, rules));
  if (application.eligibility && heldAt < application.eligibility.sentAt) {
    throw new InvalidCommand('heldAt', `must not be before the eligibility reply (${application.eligibility.sentAt})`);
  }
  return { heldAt, panel: requireTextList(data.panel, 'panel', 1), recordedBy: metadata.actor.id };
}

function recordInterviewHeld(command: RecordInterviewHeld, state: InternshipApplicationState, rules: InternshipApplicationRules): Events {
  const record = checkRecordInterviewHeld(command, state, rules);
  const clock = requireClockFor(command.data.clock, INTERVIEW_REPLY_STANDARD_ID, record.heldAt, 'heldAt');
  return [{ type: 'InterviewHeld', data: { ...record, clock } }];
}

function sendFinalReply({ data, metadata, type }: SendFinalReply, state: InternshipApplicationState): Events {
  const application = requireStage(state, ['eligible', 'interview-scheduled', 'interviewed'], type);
  const decision = requireFinalDecision(data);
  if (decision.decision === 'selected' && application.status !== 'interviewed') {
    throw new CommandRefused('a candidate is selected only after an interview');
  }
  const reply = sent(application, INTERVIEW_REPLY_STANDARD_ID, data.sentAt, metadata, finalReplyFollows(application));
  return [{ type: 'FinalReplySent', data: { ...decision, ...reply } }];
}

function withdraw({ data, metadata }: WithdrawInternshipApplication, state: InternshipApplicationState): Events {
  const application = requireOpen(state);
  const running = Object.entries(application.clocks).filter(([, clock]) => clock.stoppedAt === null);
  const withdrawal = {
    reason: optionalText(data.reason, 'reason'),
    withdrawnAt: new Date(nowOf(metadata)).toISOString(),
    recordedBy: metadata.actor.id,
    cancelledClocks: running.map(([standardId]) => standardId),
  };
  return [{ type: 'InternshipApplicationWithdrawn', data: withdrawal }];
}

function decide(command: InternshipApplicationCommand, state: InternshipApplicationState, rules: InternshipApplicationRules): Events {
  if (!Object.hasOwn(INTERNSHIP_APPLICATION_PERMISSIONS, command.type)) {
    throw new InvalidCommand('type', `unknown command ${String(command.type)}`);
  }
  authorizeInternshipApplicationCommand(command, state);
  // Clocks are the shared module's business, whatever the case type.
  if (isClockCommand(command)) {
    const { clocks, assignee } = requireCase(state);
    return decideClockCommand(command, clocks, assignee);
  }
  switch (command.type) {
    case 'FileInternshipApplication':
      return file(command, state);
    case 'AssignInternshipApplication':
      return assign(command, state);
    case 'SendEligibilityReply':
      return sendEligibilityReply(command, state);
    case 'ScheduleInterview':
      return scheduleInterview(command, state);
    case 'RecordInterviewHeld':
      return recordInterviewHeld(command, state, rules);
    case 'SendFinalReply':
      return sendFinalReply(command, state);
    case 'WithdrawInternshipApplication':
      return withdraw(command, state);
    default:
      return exhaustive(command, []);
  }
}

/** The decider under a set of rules: today's, or those a case accepted its commands under. */
export function internshipApplicationDeciderUnder(
  rules: InternshipApplicationRules,
): Decider<InternshipApplicationState, InternshipApplicationCommand, InternshipApplicationEvent> {
  return {
    decide: (command, state) => decide(command, state, rules),
    evolve: evolveInternshipApplication,
    initialState: initialInternshipApplicationState,
  };
}

/**
 * The IGO internship application: eligibility reply within five working days of filing, then,
 * for a candidate interviewed, a reply within ten working days following the interview.
 */
export const internshipApplicationDecider = internshipApplicationDeciderUnder(INTERNSHIP_APPLICATION_RULES);
