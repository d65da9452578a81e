import { EMAIL_REQUEST_UPCASTERS, EventEnvelope, upcastWith } from '@entente/contracts';
import { EmailRequestEvent, EmailRequestReceived, exhaustive } from '@entente/domain';
import type { CaseSummaryEntity } from '@entente/persistence';

/** The event types that change a summary; any other type only advances its sequence. */
export const CASE_SUMMARY_EVENT_TYPES: readonly EmailRequestEvent['type'][] = [
  'EmailRequestReceived',
  'EmailRequestAssigned',
  'EmailRequestReassigned',
  'EmailRequestAnswered',
  'EmailRequestClosedWithoutAnswer',
  'ServiceStandardWarning',
  'ServiceStandardBreached',
];

/** Stored events keep the schema they were written in; the summary reads them as the current one. */
const upcast = upcastWith(EMAIL_REQUEST_UPCASTERS);

/**
 * The summary after one more event of its case. The caller hands events in sequence order
 * (the projector enforces it), so this only folds.
 */
export function evolveCaseSummary(row: CaseSummaryEntity | null, envelope: EventEnvelope): CaseSummaryEntity {
  const current = upcast(envelope);
  // The envelope was built by our own decider's events; its type string names its data's shape.
  const event = { type: current.type, data: current.data } as EmailRequestEvent;
  const next = (): CaseSummaryEntity => advanced(row, current);
  switch (event.type) {
    case 'EmailRequestReceived':
      return received(current, event.data);
    case 'EmailRequestAssigned':
      return { ...next(), status: 'assigned', assignee: event.data.officerId };
    case 'EmailRequestReassigned':
      return { ...next(), assignee: event.data.toOfficerId };
    case 'EmailRequestAnswered':
      return { ...next(), status: 'answered', answeredAt: new Date(event.data.answeredAt), clockState: event.data.clockOutcome };
    case 'EmailRequestClosedWithoutAnswer':
      return { ...next(), status: 'closed', closedAt: new Date(event.data.closedAt), clockState: 'cancelled' };
    case 'ServiceStandardWarning':
      return { ...next(), clockState: 'warned' };
    case 'ServiceStandardBreached':
      return { ...next(), clockState: 'breached', escalatedTo: event.data.escalatedTo };
    default:
      // A type from a newer producer: keep the row, move past the event (the timeline still has it).
      return exhaustive(event, next());
  }
}

function received(envelope: EventEnvelope, data: EmailRequestReceived['data']): CaseSummaryEntity {
  return {
    caseId: envelope.caseId,
    caseType: envelope.caseType,
    status: 'received',
    subject: data.subject,
    senderAddress: data.sender.address,
    senderName: data.sender.name,
    assignee: null,
    receivedAt: new Date(data.receivedAt),
    warnAt: new Date(data.clock.warnAt),
    dueAt: new Date(data.clock.dueAt),
    clockState: 'running',
    standardId: data.clock.standardId,
    standardVersion: data.clock.standardVersion,
    escalatedTo: null,
    answeredAt: null,
    closedAt: null,
    lastSequence: envelope.sequence,
    lastEventAt: new Date(envelope.occurredAt),
  };
}

function advanced(row: CaseSummaryEntity | null, envelope: EventEnvelope): CaseSummaryEntity {
  if (!row) throw new Error(`case ${envelope.caseId}: ${envelope.type} (sequence ${envelope.sequence}) before it was received`);
  return { ...row, lastSequence: envelope.sequence, lastEventAt: new Date(envelope.occurredAt) };
}
