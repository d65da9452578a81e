import { clockStatus, type ClockState } from '@entente/domain';
import type { CaseSummaryEntity } from '@entente/persistence';

/** The work-queue columns a case type fills from its state; the projector adds ids and position. */
export type SummaryColumns = Omit<CaseSummaryEntity, 'caseId' | 'caseType' | 'state' | 'lastSequence' | 'lastEventAt'>;

/** How a case type's state (folded by `CASE_FOLDS`) reads in the queue. */
export interface CaseTypeSummary<S extends object> {
  readonly isOpened: (state: S) => boolean;
  readonly summarize: (state: S) => SummaryColumns;
  /** Every service-standard clock the case has started, running or stopped. */
  readonly clocks: (state: S) => readonly ClockState[];
}

type ClockColumns = Pick<SummaryColumns, 'warnAt' | 'dueAt' | 'clockState' | 'standardId' | 'standardVersion' | 'escalatedTo'>;

/** The queue shows one clock per case: the one that runs, or the last that stopped. */
export function clockColumns(clock: ClockState | null): ClockColumns {
  if (!clock) return { warnAt: null, dueAt: null, clockState: null, standardId: null, standardVersion: null, escalatedTo: null };
  const { plan } = clock;
  return {
    warnAt: new Date(plan.warnAt),
    dueAt: new Date(plan.dueAt),
    clockState: clockStatus(clock),
    standardId: plan.standardId,
    standardVersion: plan.standardVersion,
    escalatedTo: clock.escalatedFurther && plan.escalateFurther ? plan.escalateFurther.to : clock.breached ? plan.escalateTo : null,
  };
}

export const dateOrNull = (instant: string | null): Date | null => (instant === null ? null : new Date(instant));

/** The registry holds case types of different states; each reads back only the state it wrote. */
export function anyState<S extends object>(summary: CaseTypeSummary<S>): CaseTypeSummary<object> {
  return summary as unknown as CaseTypeSummary<object>;
}
