import type { Command } from '../shared/command';
import type { Decider } from '../shared/decider';
import { CommandRefused, InvalidCommand } from '../shared/errors';
import { exhaustive } from '../shared/exhaustive';
import { decideAssignment } from '../shared/assignment';
import { factInstant, nowOf, optionalText, parseInstant, requireEmailAddress, requireOneOf, requireText, text } from '../shared/validation';
import { requireClockPlan } from '../service-standards/clock-plan';
import { decideClockCommand, isClockCommand } from '../service-standards/clock-decisions';
import { outcomeAt } from '../service-standards/clock-state';
import type {
  AnswerEmailRequest,
  AssignEmailRequest,
  CloseEmailRequestWithoutAnswer,
  EmailRequestCommand,
  ReceiveEmailRequest,
} from './email-request.commands';
import {
  CLOSE_WITHOUT_ANSWER_REASONS,
  DEFAULT_REPLY_LANGUAGE,
  REPLY_LANGUAGES,
  type EmailRequestEvent,
  type EmailSender,
  type ReplyLanguage,
} from './email-request.events';
import { authorizeEmailRequestCommand, EMAIL_REQUEST_PERMISSIONS } from './email-request.permissions';
import {
  evolveEmailRequest,
  initialEmailRequestState,
  isEmailRequestOpen,
  type EmailRequest,
  type EmailRequestState,
  type OpenEmailRequest,
} from './email-request.state';

type Events = EmailRequestEvent[];

function requireCase(state: EmailRequestState): EmailRequest {
  if (state.status === 'none') throw new CommandRefused('no e-mail request has been received for this case');
  return state;
}

function requireOpen(state: EmailRequestState): OpenEmailRequest {
  const request = requireCase(state);
  if (!isEmailRequestOpen(request)) throw new CommandRefused(`the e-mail request is already ${request.status}`);
  return request;
}

function requireSender(value: unknown): EmailSender {
  if (typeof value !== 'object' || value === null) throw new InvalidCommand('sender', 'must be an object');
  const sender = value as Record<string, unknown>;
  return {
    name: optionalText(sender.name, 'sender.name'),
    // A case received before the rename replays its first command, as recorded, with `address`.
    email: requireEmailAddress(sender.email ?? sender.address, 'sender.email'),
  };
}

function replyLanguageOf(value: unknown): ReplyLanguage {
  return value === undefined || value === null ? DEFAULT_REPLY_LANGUAGE : requireOneOf(value, REPLY_LANGUAGES, 'replyLanguage');
}

/** A receipt before its clock is planned (the plan comes from an activity, after validation). */
export type EmailReceipt = Command<'ReceiveEmailRequest', Omit<ReceiveEmailRequest['data'], 'clock'>>;

/**
 * Everything a receipt must satisfy that does not depend on its clock, so that a synchronous
 * update validator can refuse it before any activity runs.
 */
export function checkEmailReceipt({ data, metadata, type }: EmailReceipt, state: EmailRequestState) {
  authorizeEmailRequestCommand({ type, metadata }, state);
  if (state.status !== 'none') throw new CommandRefused(`case already exists (${state.caseId})`);
  const caseId = requireText(data.caseId, 'caseId');
  const sender = requireSender(data.sender);
  const subject = requireText(data.subject, 'subject');
  const body = requireText(data.body, 'body');
  const replyLanguage = replyLanguageOf(data.replyLanguage);
  const receivedAt = parseInstant(data.receivedAt, 'receivedAt');
  if (receivedAt > nowOf(metadata)) {
    throw new InvalidCommand('receivedAt', 'must not be in the future');
  }
  return { caseId, sender, subject, body, replyLanguage, receivedAt: new Date(receivedAt).toISOString() };
}

function receive(command: ReceiveEmailRequest, state: EmailRequestState): Events {
  const receipt = checkEmailReceipt(command, state);
  const clock = requireClockPlan(command.data.clock, 'clock');
  if (Date.parse(clock.startedAt) !== Date.parse(receipt.receivedAt)) {
    throw new InvalidCommand('clock.startedAt', 'must equal receivedAt');
  }
  return [{ type: 'EmailRequestReceived', data: { ...receipt, clock } }];
}

function assign({ data }: AssignEmailRequest, state: EmailRequestState): Events {
  const request = requireOpen(state);
  const officerId = text(data.officerId, 'officerId');
  const reason = optionalText(data.reason, 'reason');
  const assignment = decideAssignment(request.assignee, officerId, reason);
  if (assignment.kind === 'assigned') return [{ type: 'EmailRequestAssigned', data: { officerId } }];
  const { fromOfficerId, toOfficerId } = assignment;
  return [{ type: 'EmailRequestReassigned', data: { fromOfficerId, toOfficerId, reason } }];
}

function answer({ data, metadata }: AnswerEmailRequest, state: EmailRequestState): Events {
  const request = requireOpen(state);
  const answerText = requireText(data.answer, 'answer');
  const answeredAt = factInstant(data.answeredAt, 'answeredAt', metadata, { at: request.receivedAt, what: 'the receipt' });
  const answered = {
    answer: answerText,
    answeredBy: metadata.actor.id,
    answeredAt,
    recordedAt: new Date(nowOf(metadata)).toISOString(),
    clockOutcome: outcomeAt(request.clock, Date.parse(answeredAt)),
  };
  return [{ type: 'EmailRequestAnswered', data: answered }];
}

function closeWithoutAnswer(command: CloseEmailRequestWithoutAnswer, state: EmailRequestState): Events {
  const request = requireOpen(state);
  const { reason, explanation, duplicateOf } = command.data;
  requireOneOf(reason, CLOSE_WITHOUT_ANSWER_REASONS, 'reason');
  const duplicate = optionalText(duplicateOf, 'duplicateOf');
  if ((reason === 'duplicate') !== (duplicate !== null)) {
    throw new InvalidCommand('duplicateOf', 'is required for a duplicate, and only for a duplicate');
  }
  if (duplicate === request.caseId) throw new InvalidCommand('duplicateOf', 'cannot be the case itself');
  const data = {
    reason,
    explanation: requireText(explanation, 'explanation'),
    duplicateOf: duplicate,
    closedAt: new Date(nowOf(command.metadata)).toISOString(),
  };
  return [{ type: 'EmailRequestClosedWithoutAnswer', data }];
}

function decide(command: EmailRequestCommand, state: EmailRequestState): Events {
  if (!Object.hasOwn(EMAIL_REQUEST_PERMISSIONS, command.type)) {
    throw new InvalidCommand('type', `unknown command ${String(command.type)}`);
  }
  authorizeEmailRequestCommand(command, state);
  // Clocks are the shared module's business, whatever the case type.
  if (isClockCommand(command)) {
    const { clock, assignee } = requireCase(state);
    return decideClockCommand(command, { [clock.plan.standardId]: clock }, assignee);
  }
  switch (command.type) {
    case 'ReceiveEmailRequest':
      return receive(command, state);
    case 'AssignEmailRequest':
      return assign(command, state);
    case 'AnswerEmailRequest':
      return answer(command, state);
    case 'CloseEmailRequestWithoutAnswer':
      return closeWithoutAnswer(command, state);
    default:
      return exhaustive(command, []);
  }
}

/** The e-mail information request: answered within four working days (declaration of services). */
export const emailRequestDecider: Decider<EmailRequestState, EmailRequestCommand, EmailRequestEvent> = {
  decide,
  evolve: evolveEmailRequest,
  initialState: initialEmailRequestState,
};
