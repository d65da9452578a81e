import { EMAIL_REQUEST_SCHEMA_VERSIONS, EventEnvelope, GENESIS, headOf, seal } from '@entente/contracts';
import {
  Actor,
  EMAIL_INFORMATION_REQUEST_STANDARD,
  EmailRequestCommand,
  emailRequestDecider,
  planClock,
  QC_PUBLIC_SERVICE_CALENDAR,
} from '@entente/domain';

// E-mail requests received, assigned and answered, decided by the domain's own decider and sealed
// into hash chains as the workflow does: the projector and the clients get exactly the events a
// real case publishes, without a workflow in the way.

/** The three staff commands of an e-mail case, in order: one event each. */
export const EVENTS_PER_CASE = 3;

const RECEIVED_AT = '2026-11-23T15:00:00.000Z';
const CLOCK = planClock(EMAIL_INFORMATION_REQUEST_STANDARD, QC_PUBLIC_SERVICE_CALENDAR, RECEIVED_AT);
const intake: Actor = { id: 'bench-intake', role: 'intake-officer' };
const supervisor: Actor = { id: 'bench-supervisor', role: 'supervisor' };

function commandsOf(caseId: string): EmailRequestCommand[] {
  const officer: Actor = { id: `officer-${caseId.slice(-2)}`, role: 'case-officer' };
  const metadata = (actor: Actor, minutes: number) => ({
    actor,
    now: new Date(Date.parse(RECEIVED_AT) + minutes * 60_000).toISOString(),
    correlationId: `bench-${caseId}`,
  });
  return [
    {
      type: 'ReceiveEmailRequest',
      data: {
        caseId,
        sender: { name: 'Awa Diallo', email: `awa.diallo+${caseId}@example.org` },
        subject: `Stage dans une organisation internationale (${caseId})`,
        body: 'Quels sont les critères d’admissibilité ?',
        receivedAt: RECEIVED_AT,
        clock: CLOCK,
      },
      metadata: metadata(intake, 0),
    },
    { type: 'AssignEmailRequest', data: { officerId: officer.id }, metadata: metadata(supervisor, 30) },
    {
      type: 'AnswerEmailRequest',
      data: { answer: 'Bonjour, les critères sont publiés sur notre site.' },
      metadata: metadata(officer, 24 * 60),
    },
  ];
}

/** What becomes of an event's data before it is sealed: as decided, or its personal fields sealed (docs/adr/0016). */
export type EventDataAtRest = (caseId: string, data: unknown) => unknown;

/** One case's events, sealed from sequence 1. */
export function emailCaseEvents(caseId: string, atRest: EventDataAtRest = (_, data) => data): EventEnvelope[] {
  let state = emailRequestDecider.initialState();
  let head = GENESIS;
  const envelopes: EventEnvelope[] = [];
  for (const command of commandsOf(caseId)) {
    const events = emailRequestDecider.decide(command, state);
    state = events.reduce(emailRequestDecider.evolve, state);
    const sealed = seal(
      head,
      events.map((event) => ({
        caseId,
        caseType: 'email-request' as const,
        type: event.type,
        schemaVersion: EMAIL_REQUEST_SCHEMA_VERSIONS[event.type],
        occurredAt: command.metadata.now,
        actor: command.metadata.actor,
        correlationId: command.metadata.correlationId,
        data: atRest(caseId, event.data),
      })),
    );
    head = headOf(sealed, head);
    envelopes.push(...sealed);
  }
  return envelopes;
}

/** Case ids unique to a run, in the UUID shape the API gives cases. */
export function benchCaseId(run: string, index: number): string {
  return `${run}-0000-4000-8000-${index.toString(16).padStart(12, '0')}`;
}
