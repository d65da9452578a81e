import type { Decider } from '../shared/decider';
import { CommandRefused, InvalidCommand } from '../shared/errors';
import { exhaustive } from '../shared/exhaustive';
import { nowOf, requireOneOf, text } from '../shared/validation';
import type { CorrectTelephoneInquiry, RecordTelephoneInquiry, TelephoneInquiryCommand } from './telephone-inquiry.commands';
import { TELEPHONE_LINES, type CallOutcome, type TelephoneInquiryEvent } from './telephone-inquiry.events';
import { authorizeTelephoneInquiryCommand, TELEPHONE_INQUIRY_PERMISSIONS } from './telephone-inquiry.permissions';
import { evolveTelephoneInquiry, initialTelephoneInquiryState, type TelephoneInquiryState } from './telephone-inquiry.state';
import { requireCallInstant, requireCaller, requireOutcome, sameOutcome } from './telephone-inquiry.validation';

type Events = TelephoneInquiryEvent[];

/** Said plainly for the compliance report, which counts the share of calls answered at once. */
const answeredAtOnce = (outcome: CallOutcome): boolean => outcome.kind === 'answered-at-once';

function record(command: RecordTelephoneInquiry, state: TelephoneInquiryState): Events {
  if (state.status !== 'none') throw new CommandRefused(`case already exists (${state.caseId})`);
  const { data, metadata } = command;
  const nowMs = nowOf(command.metadata);
  const outcome = requireOutcome(data.outcome);
  const call = {
    caseId: text(data.caseId, 'caseId'),
    line: requireOneOf(data.line, TELEPHONE_LINES, 'line'),
    caller: requireCaller(data.caller),
    calledAt: requireCallInstant(data.calledAt, 'calledAt', nowMs),
    subject: text(data.subject, 'subject'),
    outcome,
    answeredAtOnce: answeredAtOnce(outcome),
  };
  return [
    { type: 'TelephoneInquiryRecorded', data: { ...call, recordedBy: metadata.actor.id, recordedAt: new Date(nowMs).toISOString() } },
  ];
}

function correct(command: CorrectTelephoneInquiry, state: TelephoneInquiryState): Events {
  if (state.status === 'none') throw new CommandRefused('no telephone inquiry has been recorded for this case');
  const { data, metadata } = command;
  const subject = data.subject == null ? state.subject : text(data.subject, 'subject');
  const outcome = data.outcome == null ? state.outcome : requireOutcome(data.outcome);
  const reason = text(data.reason, 'reason');
  if (subject === state.subject && sameOutcome(outcome, state.outcome)) {
    throw new CommandRefused('the correction changes nothing that was recorded');
  }
  const correctedAt = new Date(nowOf(command.metadata)).toISOString();
  const corrected = { subject, outcome, answeredAtOnce: answeredAtOnce(outcome), reason };
  return [{ type: 'TelephoneInquiryCorrected', data: { ...corrected, correctedBy: metadata.actor.id, correctedAt } }];
}

function decide(command: TelephoneInquiryCommand, state: TelephoneInquiryState): Events {
  if (!Object.hasOwn(TELEPHONE_INQUIRY_PERMISSIONS, command.type)) {
    throw new InvalidCommand('type', `unknown command ${String(command.type)}`);
  }
  authorizeTelephoneInquiryCommand(command);
  switch (command.type) {
    case 'RecordTelephoneInquiry':
      return record(command, state);
    case 'CorrectTelephoneInquiry':
      return correct(command, state);
    default:
      return exhaustive(command, []);
  }
}

/** A telephone information request: answered at once, or the caller told whom to reach (declaration of services). */
export const telephoneInquiryDecider: Decider<TelephoneInquiryState, TelephoneInquiryCommand, TelephoneInquiryEvent> = {
  decide,
  evolve: evolveTelephoneInquiry,
  initialState: initialTelephoneInquiryState,
};
