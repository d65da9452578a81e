import type { Command } from '../shared/command';
import type { Decider } from '../shared/decider';
import { CommandRefused, InvalidCommand } from '../shared/errors';
import { exhaustive } from '../shared/exhaustive';
import { decideAssignment } from '../shared/assignment';
import { factInstant, nowOf, optionalText, requireOneOf, requirePastInstant, text } from '../shared/validation';
import { requireClockFor } from '../service-standards/clock-plan';
import { decideClockCommand, isClockCommand } from '../service-standards/clock-decisions';
import { outcomeAt, startedClock } from '../service-standards/clock-state';
import type {
  AnswerComplaint,
  AssignComplaint,
  CloseComplaintWithoutAnswer,
  ComplaintCommand,
  ReceiveComplaint,
  RecordComplaintFindings,
} from './complaint.commands';
import { COMPLAINT_CHANNELS, COMPLAINT_CLOSE_REASONS, COMPLAINT_CONCLUSIONS, type ComplaintEvent } from './complaint.events';
import { authorizeComplaintCommand, COMPLAINT_PERMISSIONS } from './complaint.permissions';
import { COMPLAINT_STANDARD_ID } from './complaint.standards';
import {
  evolveComplaint,
  initialComplaintState,
  isComplaintOpen,
  type Complaint,
  type ComplaintState,
  type OpenComplaint,
} from './complaint.state';
import { COMPLAINT_RULES, type ComplaintRules } from './complaint.rules';
import { requireComplainant, requireConcern } from './complaint.validation';

type Events = ComplaintEvent[];
type Metadata = ComplaintCommand['metadata'];

/** Who acted and when, as every step records it. */
function actedAt(metadata: Metadata): { by: string; at: string } {
  return { by: metadata.actor.id, at: new Date(nowOf(metadata)).toISOString() };
}

function requireCase(state: ComplaintState): Complaint {
  if (state.status === 'none') throw new CommandRefused('no complaint has been received for this case');
  return state;
}

function requireOpen(state: ComplaintState): OpenComplaint {
  const complaint = requireCase(state);
  if (!isComplaintOpen(complaint)) throw new CommandRefused(`the complaint is already ${complaint.status}`);
  return complaint;
}

/** A receipt before its clock is planned (the plan comes from an activity, after validation). */
export type ComplaintReceipt = Command<'ReceiveComplaint', Omit<ReceiveComplaint['data'], 'clock'>>;

/**
 * Everything a receipt must satisfy that does not depend on its clock, so that a synchronous
 * update validator can refuse it before any activity runs.
 */
export function checkComplaintReceipt({ type, data, metadata }: ComplaintReceipt, state: ComplaintState) {
  authorizeComplaintCommand({ type, metadata }, state);
  if (state.status !== 'none') throw new CommandRefused(`case already exists (${state.caseId})`);
  const caseId = text(data.caseId, 'caseId');
  const channel = requireOneOf(data.channel, COMPLAINT_CHANNELS, 'channel');
  return {
    caseId,
    complainant: requireComplainant(data.complainant, channel),
    channel,
    subject: text(data.subject, 'subject'),
    details: text(data.details, 'details'),
    concern: requireConcern(data.concern, caseId),
    receivedAt: requirePastInstant(data.receivedAt, 'receivedAt', nowOf(metadata)),
    recordedBy: metadata.actor.id,
  };
}

function receive(command: ReceiveComplaint, state: ComplaintState): Events {
  const receipt = checkComplaintReceipt(command, state);
  const clock = requireClockFor(command.data.clock, COMPLAINT_STANDARD_ID, receipt.receivedAt, 'receivedAt');
  return [{ type: 'ComplaintReceived', data: { ...receipt, clock } }];
}

function assign({ data, metadata }: AssignComplaint, state: ComplaintState): Events {
  const complaint = requireOpen(state);
  const officerId = text(data.officerId, 'officerId');
  const reason = optionalText(data.reason, 'reason');
  const { by: assignedBy, at: assignedAt } = actedAt(metadata);
  const assignment = decideAssignment(complaint.assignee, officerId, reason, 'the complaint');
  if (assignment.kind === 'assigned') return [{ type: 'ComplaintAssigned', data: { officerId, assignedBy, assignedAt } }];
  const { fromOfficerId, toOfficerId } = assignment;
  return [{ type: 'ComplaintReassigned', data: { fromOfficerId, toOfficerId, reason, assignedBy, assignedAt } }];
}

function recordFindings({ data, metadata }: RecordComplaintFindings, state: ComplaintState): Events {
  const complaint = requireOpen(state);
  const findings = text(data.findings, 'findings');
  const conclusion = requireOneOf(data.conclusion, COMPLAINT_CONCLUSIONS, 'conclusion');
  const latest = complaint.findings;
  if (latest && latest.findings === findings && latest.conclusion === conclusion) {
    throw new CommandRefused('these findings are already recorded');
  }
  const { by: recordedBy, at: recordedAt } = actedAt(metadata);
  return [{ type: 'ComplaintFindingsRecorded', data: { findings, conclusion, recordedBy, recordedAt } }];
}

/**
 * The answer states what the inquiry found: the findings and their conclusion are recorded
 * before it (and stand, the case closing with the answer), so an auditor reads what it rests on.
 */
function answer({ data, metadata }: AnswerComplaint, state: ComplaintState, rules: ComplaintRules): Events {
  const complaint = requireOpen(state);
  const answerText = text(data.answer, 'answer');
  if (rules.answerStatesFindings && complaint.findings === null) {
    throw new InvalidCommand('findings', 'must be recorded before the complaint is answered');
  }
  const answeredAt = factInstant(data.answeredAt, 'answeredAt', metadata, { at: complaint.receivedAt, what: 'the receipt' });
  const { by: answeredBy, at: recordedAt } = actedAt(metadata);
  // The receipt started this clock: `requireClockFor` admits no other standard.
  const clockOutcome = outcomeAt(startedClock(complaint.clocks, COMPLAINT_STANDARD_ID), Date.parse(answeredAt));
  return [{ type: 'ComplaintAnswered', data: { answer: answerText, answeredBy, answeredAt, recordedAt, clockOutcome } }];
}

function closeWithoutAnswer({ data, metadata }: CloseComplaintWithoutAnswer, state: ComplaintState): Events {
  requireOpen(state);
  const reason = requireOneOf(data.reason, COMPLAINT_CLOSE_REASONS, 'reason');
  const explanation = text(data.explanation, 'explanation');
  const { by: closedBy, at: closedAt } = actedAt(metadata);
  return [{ type: 'ComplaintClosedWithoutAnswer', data: { reason, explanation, closedBy, closedAt } }];
}

function decide(command: ComplaintCommand, state: ComplaintState, rules: ComplaintRules): Events {
  if (!Object.hasOwn(COMPLAINT_PERMISSIONS, command.type)) {
    throw new InvalidCommand('type', `unknown command ${String(command.type)}`);
  }
  authorizeComplaintCommand(command, state);
  // Clocks are the shared module's business, whatever the case type.
  if (isClockCommand(command)) {
    const { clocks, assignee } = requireCase(state);
    return decideClockCommand(command, clocks, assignee);
  }
  switch (command.type) {
    case 'ReceiveComplaint':
      return receive(command, state);
    case 'AssignComplaint':
      return assign(command, state);
    case 'RecordComplaintFindings':
      return recordFindings(command, state);
    case 'AnswerComplaint':
      return answer(command, state, rules);
    case 'CloseComplaintWithoutAnswer':
      return closeWithoutAnswer(command, state);
    default:
      return exhaustive(command, []);
  }
}

/** The decider under a set of rules: today's, or those a complaint began with. */
export function complaintDeciderUnder(rules: ComplaintRules): Decider<ComplaintState, ComplaintCommand, ComplaintEvent> {
  return {
    decide: (command, state) => decide(command, state, rules),
    evolve: evolveComplaint,
    initialState: initialComplaintState,
  };
}

/** A complaint to the Secretary General: processed within fifteen working days of receipt (declaration of services). */
export const complaintDecider = complaintDeciderUnder(COMPLAINT_RULES);
