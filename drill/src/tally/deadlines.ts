import { caseIdOf, type DrillCase } from '../load/email-load';
import { group, type EventCopy, type Findings } from './tally';

/** A service standard's deadline events, in the order a clock left running fires them. */
export const DEADLINE_EVENTS = ['ServiceStandardWarning', 'ServiceStandardBreached', 'ServiceStandardBreachEscalated'] as const;
/** What a case answered only after its compressed due instant and further escalation must show, once each. */
const MUST_FIRE = ['ServiceStandardBreached', 'ServiceStandardBreachEscalated'] as const;

/** What the drill found of the compressed deadlines: those that had to fire, and any that fired twice. */
export interface DeadlineTally {
  /** Cases answered late on purpose, after their breach and further escalation were due. */
  readonly lateCases: number;
  /** Their breaches and further escalations: each must be on the topic and in the read model once. */
  readonly due: number;
  readonly firedOnce: number;
  /** Due and not found on the topic, or not in the read model. */
  readonly missing: number;
  /** Of any drill case, any deadline found as two events (two ids on the topic, or two rows in the read model). */
  readonly firedTwice: number;
  /** Warnings of the late cases: at most one each (a warning whose timer fires past the due instant is dropped). */
  readonly warnings: number;
}

function byCaseAndType(events: readonly EventCopy[]): Map<string, EventCopy[]> {
  const deadlines = events.filter((event) => (DEADLINE_EVENTS as readonly string[]).includes(event.type));
  return group(deadlines, (event) => `${event.caseId}#${event.type}`);
}

/** Counts each late case's breach and further escalation, and every deadline of every case seen twice. */
export function deadlineTally(cases: readonly DrillCase[], { published, stored }: Findings): DeadlineTally {
  const onTopic = byCaseAndType(published);
  const inReadModel = byCaseAndType(stored);
  const ids = (key: string) => new Set((onTopic.get(key) ?? []).map((event) => event.eventId)).size;
  const rows = (key: string) => (inReadModel.get(key) ?? []).length;
  const late = cases.filter((drillCase) => drillCase.answeredLate).flatMap((drillCase) => caseIdOf(drillCase) ?? []);
  const due = late.flatMap((caseId) => MUST_FIRE.map((type) => `${caseId}#${type}`));
  const keys = new Set([...onTopic.keys(), ...inReadModel.keys()]);
  return {
    lateCases: late.length,
    due: due.length,
    firedOnce: due.filter((key) => ids(key) === 1 && rows(key) === 1).length,
    missing: due.filter((key) => ids(key) === 0 || rows(key) === 0).length,
    firedTwice: [...keys].filter((key) => ids(key) > 1 || rows(key) > 1).length,
    warnings: late.filter((caseId) => ids(`${caseId}#ServiceStandardWarning`) > 0).length,
  };
}
