import { clockEscalatedTo, clockStatus, type CaseEnding, type CaseStanding, type CaseTraits, type ClockState } from '@entente/domain';
import type { CaseSummaryEntity } from '@entente/persistence';

/** The work-queue columns a case's state fills; the projector adds ids and position. */
export type SummaryColumns = Omit<CaseSummaryEntity, 'caseId' | 'caseType' | 'state' | 'lastSequence' | 'lastEventAt'>;

type ClockColumns = Pick<SummaryColumns, 'warnAt' | 'dueAt' | 'clockState' | 'standardId' | 'standardVersion' | 'escalatedTo'>;

/** The columns only the case type can fill: its traits give its standing and its clock. */
export type CaseColumns = Omit<SummaryColumns, keyof CaseStanding | keyof ClockColumns>;

/** How a case type's state (folded by `CASE_FOLDS`) reads in the queue once it has opened. */
export interface CaseTypeSummary<S, Opened extends S> {
  readonly traits: CaseTraits<S, Opened>;
  readonly columns: (opened: Opened) => CaseColumns;
}

/** A case's row: its standing, its own columns, and the clock the queue shows. */
export function summaryColumns<S, Opened extends S>({ traits, columns }: CaseTypeSummary<S, Opened>, opened: Opened): SummaryColumns {
  return { ...traits.standing(opened), ...columns(opened), ...clockColumns(traits.clocks(opened).at(-1) ?? null) };
}

/** The queue shows one clock per case, the latest started: the one that runs, or the last that stopped. */
function clockColumns(clock: ClockState | null): ClockColumns {
  if (!clock) return { warnAt: null, dueAt: null, clockState: null, standardId: null, standardVersion: null, escalatedTo: null };
  const { plan } = clock;
  return {
    warnAt: new Date(plan.warnAt),
    dueAt: new Date(plan.dueAt),
    clockState: clockStatus(clock),
    standardId: plan.standardId,
    standardVersion: plan.standardVersion,
    escalatedTo: clockEscalatedTo(clock),
  };
}

export const dateOrNull = (instant: string | null): Date | null => (instant === null ? null : new Date(instant));

/** The two columns every case type fills alike from its ending. */
export const endingColumns = ({ outcome, endedAt }: CaseEnding): Pick<SummaryColumns, 'outcome' | 'endedAt'> => ({
  outcome,
  endedAt: dateOrNull(endedAt),
});

/** The registry holds case types of different states; each reads back only the state it wrote. */
export function anyState<S, Opened extends S>(summary: CaseTypeSummary<S, Opened>): CaseTypeSummary<object, object> {
  return summary as unknown as CaseTypeSummary<object, object>;
}
