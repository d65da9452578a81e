import { defineSearchAttributeKey, SearchAttributeType, type SearchAttributeUpdatePair } from '@temporalio/common';
import { setCurrentDetails, upsertSearchAttributes, workflowInfo } from '@temporalio/workflow';
import type { CaseStanding, ClockState } from '@entente/domain';
import { CASE_TYPE_TEAMS, type CaseType } from '@entente/contracts';

/**
 * What an operator filters cases by in the Temporal UI. Registered on every server
 * (infra/temporal/temporal.sh, test/support/time-skipping.ts); never personal information.
 */
export const CASE_SEARCH_ATTRIBUTES = {
  caseType: defineSearchAttributeKey('EntenteCaseType', SearchAttributeType.KEYWORD),
  stage: defineSearchAttributeKey('EntenteStage', SearchAttributeType.KEYWORD),
  team: defineSearchAttributeKey('EntenteTeam', SearchAttributeType.KEYWORD),
  /** A staff id, never a requester's name. */
  assignee: defineSearchAttributeKey('EntenteAssignee', SearchAttributeType.KEYWORD),
  /** The earliest due instant of a running clock; absent when none runs. */
  dueAt: defineSearchAttributeKey('EntenteDueAt', SearchAttributeType.DATETIME),
  /** A deadline of the case was missed, even if it was answered since. */
  breached: defineSearchAttributeKey('EntenteBreached', SearchAttributeType.BOOL),
} as const;

/** The workflow's summary in the Temporal UI, set at its start: its case type and team. */
export function caseWorkflowSummary(caseType: CaseType): string {
  return `${caseType} · ${CASE_TYPE_TEAMS[caseType]}`;
}

/** Where a case stands, as an operator sees it. */
interface CaseFacts {
  readonly stage: string;
  readonly assignee: string | null;
  readonly dueAt: Date | null;
  readonly breached: boolean;
}

function caseFacts(standing: CaseStanding, clocks: readonly ClockState[]): CaseFacts {
  const running = clocks.filter((clock) => clock.stoppedAt === null && !clock.pausedAt).map((clock) => Date.parse(clock.plan.dueAt));
  return {
    stage: standing.status,
    assignee: standing.assignee,
    dueAt: running.length > 0 ? new Date(Math.min(...running)) : null,
    breached: clocks.some((clock) => clock.breached),
  };
}

/** A null value removes the attribute. */
function searchAttributes(caseType: CaseType, facts: CaseFacts): SearchAttributeUpdatePair[] {
  const keys = CASE_SEARCH_ATTRIBUTES;
  return [
    { key: keys.caseType, value: caseType },
    { key: keys.stage, value: facts.stage },
    { key: keys.team, value: CASE_TYPE_TEAMS[caseType] },
    { key: keys.assignee, value: facts.assignee },
    { key: keys.dueAt, value: facts.dueAt },
    { key: keys.breached, value: facts.breached },
  ];
}

const currentDetails = ({ stage, dueAt, breached }: CaseFacts): string =>
  [stage, dueAt && `due ${dueAt.toISOString()}`, breached && 'breached'].filter(Boolean).join(' · ');

/**
 * Inside a workflow: shows where the case stands, in its current details and its search
 * attributes. Only the attributes whose value changed are upserted, since each upsert is an event
 * in the case's history; `indexed` is false for cases begun before search attributes, whose
 * recorded histories hold no upsert.
 */
export function showCase(caseType: CaseType, standing: CaseStanding, clocks: readonly ClockState[], indexed: boolean): void {
  const facts = caseFacts(standing, clocks);
  setCurrentDetails(currentDetails(facts));
  if (!indexed) return;
  const current = workflowInfo().typedSearchAttributes;
  const changed = searchAttributes(caseType, facts).filter((pair) => !sameValue(current.get(pair.key) ?? null, pair.value));
  if (changed.length > 0) upsertSearchAttributes(changed);
}

function sameValue(current: unknown, next: unknown): boolean {
  return current instanceof Date && next instanceof Date ? current.getTime() === next.getTime() : current === next;
}
