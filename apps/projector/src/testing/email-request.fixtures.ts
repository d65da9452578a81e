import { EMAIL_REQUEST_SCHEMA_VERSIONS, EventEnvelope, GENESIS, hashOf, seal } from '@entente/contracts';
import type { Actor, ClockPlan, EmailRequestEvent } from '@entente/domain';

// Realistic e-mail requests for projector tests: received Monday 2026-11-23 at 10:00 Toronto time,
// due Friday 17:00 (docs/domain.md#working-days), warned Thursday 17:00. Times are data, not
// clocks.

export const RECEIVED_AT = '2026-11-23T15:00:00.000Z';
export const WARN_AT = '2026-11-26T22:00:00.000Z';
export const DUE_AT = '2026-11-27T22:00:00.000Z';

const CLOCK: ClockPlan = {
  standardId: 'email-information-request',
  standardVersion: 1,
  calendarId: 'qc-public-service',
  calendarVersion: 1,
  startedAt: RECEIVED_AT,
  warnAt: WARN_AT,
  dueAt: DUE_AT,
  escalateTo: 'supervisor',
};

const intake: Actor = { id: 'intake-1', role: 'intake-officer' };
const supervisor: Actor = { id: 'supervisor-1', role: 'supervisor' };
const system: Actor = { id: 'system', role: 'system' };
const officer = (id: string): Actor => ({ id, role: 'case-officer' });

export interface Step {
  readonly event: EmailRequestEvent;
  readonly actor: Actor;
  readonly at: string;
}

export const steps = {
  received: (caseId: string): Step => ({
    event: {
      type: 'EmailRequestReceived',
      data: {
        caseId,
        sender: { name: 'Amina Diallo', email: `amina.diallo+${caseId}@example.org` },
        subject: `Programme de mobilité jeunesse (${caseId})`,
        body: 'Bonjour, quelles sont les conditions d’admissibilité ?',
        replyLanguage: 'fr',
        receivedAt: RECEIVED_AT,
        clock: CLOCK,
      },
    },
    actor: intake,
    at: RECEIVED_AT,
  }),
  assigned: (officerId: string): Step => ({
    event: { type: 'EmailRequestAssigned', data: { officerId } },
    actor: supervisor,
    at: '2026-11-23T15:30:00.000Z',
  }),
  reassigned: (fromOfficerId: string, toOfficerId: string, at = '2026-11-26T14:00:00.000Z'): Step => ({
    event: { type: 'EmailRequestReassigned', data: { fromOfficerId, toOfficerId, reason: 'workload' } },
    actor: supervisor,
    at,
  }),
  warned: (officerId: string): Step => ({
    event: {
      type: 'ServiceStandardWarning',
      data: {
        standardId: CLOCK.standardId,
        standardVersion: 1,
        dueAt: DUE_AT,
        warnedAt: WARN_AT,
        notify: { role: 'case-officer', officerId },
      },
    },
    actor: system,
    at: WARN_AT,
  }),
  breached: (): Step => ({
    event: {
      type: 'ServiceStandardBreached',
      data: { standardId: CLOCK.standardId, standardVersion: 1, dueAt: DUE_AT, breachedAt: DUE_AT, escalatedTo: 'supervisor' },
    },
    actor: system,
    at: DUE_AT,
  }),
  /** Recorded when sent, unless `recordedAt` says it was typed later. */
  answered: (officerId: string, answeredAt: string, clockOutcome: 'met' | 'late', recordedAt = answeredAt): Step => ({
    event: {
      type: 'EmailRequestAnswered',
      data: { answer: 'Voici les conditions.', answeredBy: officerId, answeredAt, recordedAt, clockOutcome },
    },
    actor: officer(officerId),
    at: recordedAt,
  }),
  closedAsDuplicate: (officerId: string, duplicateOf: string, closedAt: string): Step => ({
    event: {
      type: 'EmailRequestClosedWithoutAnswer',
      data: { reason: 'duplicate', explanation: 'Même demande reçue deux fois.', duplicateOf, closedAt },
    },
    actor: officer(officerId),
    at: closedAt,
  }),
};

/** The case's events, sealed into a hash chain from sequence 1 as the workflow would publish them. */
export function sealCase(caseId: string, caseSteps: readonly Step[]): EventEnvelope[] {
  return seal(
    GENESIS,
    caseSteps.map(({ event, actor, at }) => ({
      caseId,
      caseType: 'email-request',
      type: event.type,
      schemaVersion: EMAIL_REQUEST_SCHEMA_VERSIONS[event.type],
      occurredAt: at,
      actor,
      correlationId: `corr-${caseId}`,
      data: event.data,
    })),
  );
}

/** An event changed by a test, sealed again: its own hash matches, whatever its changes broke. */
export function resealed({ hash: _old, ...unsealed }: EventEnvelope): EventEnvelope {
  return { ...unsealed, hash: hashOf(unsealed) };
}
