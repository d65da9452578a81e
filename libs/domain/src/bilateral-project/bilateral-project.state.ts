import type { CaseStanding } from '../shared/case-standing';
import { exhaustive } from '../shared/exhaustive';
import { evolveClocks, isClockEvent, type CaseClocks } from '../service-standards/clock-decisions';
import { startClock, stopClock, type ClockOutcome } from '../service-standards/clock-state';
import type {
  AnalysisResult,
  BilateralProjectEvent,
  BilateralProjectSubmitted,
  CooperationAgreement,
  Institution,
  RequestedSupport,
} from './bilateral-project.events';
import { ANALYSIS_RESULT_STANDARD_ID } from './bilateral-project.standards';

export type BilateralProjectStatus =
  'submitted' | 'negotiating' | 'under-analysis' | 'supporting-deployment' | 'deployed' | 'refused' | 'abandoned' | 'withdrawn';

export interface NegotiationRound {
  readonly round: number;
  readonly heldAt: string;
  readonly notes: string;
}

export interface Negotiations {
  readonly startedAt: string;
  readonly rounds: readonly NegotiationRound[];
  readonly endedAt: string | null;
}

export type NotifiedAnalysis = AnalysisResult & { readonly notifiedBy: string; readonly notifiedAt: string; readonly recordedAt: string };

export interface SupportAction {
  readonly action: number;
  readonly description: string;
  readonly providedAt: string;
}

/** Why a case closed before deployment: negotiations abandoned, or the institution withdrew. */
export interface BilateralProjectClosure {
  readonly status: 'abandoned' | 'withdrawn';
  readonly reason: string;
  readonly closedAt: string;
}

export interface BilateralProject {
  readonly status: BilateralProjectStatus;
  readonly caseId: string;
  readonly institution: Institution;
  readonly agreement: CooperationAgreement;
  readonly title: string;
  readonly sector: string;
  readonly requestedSupport: RequestedSupport;
  readonly submittedAt: string;
  readonly assignee: string | null;
  readonly negotiations: Negotiations | null;
  /** `bilateral-project-analysis-result`, from the end of negotiations. */
  readonly clocks: CaseClocks;
  readonly analysis: NotifiedAnalysis | null;
  readonly supportActions: readonly SupportAction[];
  readonly deployment: { readonly deployedAt: string; readonly report: string } | null;
  readonly closure: BilateralProjectClosure | null;
}

export type BilateralProjectState = { readonly status: 'none' } | BilateralProject;

export type OpenBilateralProjectStatus = 'submitted' | 'negotiating' | 'under-analysis' | 'supporting-deployment';
export type OpenBilateralProject = BilateralProject & { readonly status: OpenBilateralProjectStatus };

const OPEN_STATUSES: readonly BilateralProjectStatus[] = ['submitted', 'negotiating', 'under-analysis', 'supporting-deployment'];

export function initialBilateralProjectState(): BilateralProjectState {
  return { status: 'none' };
}

export function isBilateralProjectOpen(state: BilateralProjectState): state is OpenBilateralProject {
  return state.status !== 'none' && OPEN_STATUSES.includes(state.status);
}

/** Where the project stands, for the work queue and Temporal's search attributes. */
export function bilateralProjectStanding(state: BilateralProjectState): CaseStanding {
  return { status: state.status, assignee: state.status === 'none' ? null : state.assignee };
}

/** Applies `change` to an existing case; events for a case that does not exist change nothing. */
function onCase(state: BilateralProjectState, change: (project: BilateralProject) => BilateralProject): BilateralProjectState {
  return state.status === 'none' ? state : change(state);
}

/** Changes the negotiations if they started; otherwise (a malformed history) nothing. */
function onNegotiations(
  state: BilateralProjectState,
  change: (negotiations: Negotiations, project: BilateralProject) => Partial<BilateralProject>,
): BilateralProjectState {
  return onCase(state, (project) => (project.negotiations ? { ...project, ...change(project.negotiations, project) } : project));
}

function stopped(clocks: CaseClocks, standardIds: readonly string[], at: string, outcome: ClockOutcome): CaseClocks {
  return standardIds.reduce((current, id) => {
    const clock = current[id];
    return clock ? { ...current, [id]: stopClock(clock, at, outcome) } : current;
  }, clocks);
}

function submitted({ data }: BilateralProjectSubmitted): BilateralProject {
  const { caseId, institution, agreement, title, sector, requestedSupport, submittedAt } = data;
  return {
    status: 'submitted',
    caseId,
    institution,
    agreement,
    title,
    sector,
    requestedSupport,
    submittedAt,
    assignee: null,
    negotiations: null,
    clocks: {},
    analysis: null,
    supportActions: [],
    deployment: null,
    closure: null,
  };
}

/** Pure and total: every event type is handled and none throws. */
export function evolveBilateralProject(state: BilateralProjectState, event: BilateralProjectEvent): BilateralProjectState {
  if (isClockEvent(event)) return onCase(state, (project) => ({ ...project, clocks: evolveClocks(project.clocks, event) }));
  switch (event.type) {
    case 'BilateralProjectSubmitted':
      return submitted(event);
    case 'BilateralProjectAssigned':
      return onCase(state, (project) => ({ ...project, assignee: event.data.officerId }));
    case 'BilateralProjectReassigned':
      return onCase(state, (project) => ({ ...project, assignee: event.data.toOfficerId }));
    case 'PartnerNegotiationsStarted': {
      const negotiations: Negotiations = { startedAt: event.data.startedAt, rounds: [], endedAt: null };
      return onCase(state, (project) => ({ ...project, status: 'negotiating', negotiations }));
    }
    case 'NegotiationRoundRecorded': {
      const { round, heldAt, notes } = event.data;
      return onNegotiations(state, (n) => ({ negotiations: { ...n, rounds: [...n.rounds, { round, heldAt, notes }] } }));
    }
    case 'PartnerNegotiationsEnded': {
      const { endedAt, clock } = event.data;
      return onNegotiations(state, (n, project) => ({
        status: 'under-analysis',
        negotiations: { ...n, endedAt },
        clocks: { ...project.clocks, [clock.standardId]: startClock(clock) },
      }));
    }
    case 'PartnerNegotiationsAbandoned': {
      const { reason, abandonedAt } = event.data;
      return onCase(state, (project) => ({
        ...project,
        status: 'abandoned',
        closure: { status: 'abandoned', reason, closedAt: abandonedAt },
      }));
    }
    case 'ProjectAnalysisResultNotified': {
      const { clockOutcome, ...analysis } = event.data;
      return onCase(state, (project) => ({
        ...project,
        status: analysis.result === 'accepted' ? 'supporting-deployment' : 'refused',
        analysis,
        clocks: stopped(project.clocks, [ANALYSIS_RESULT_STANDARD_ID], analysis.notifiedAt, clockOutcome),
      }));
    }
    case 'DeploymentSupportProvided': {
      const { action, description, providedAt } = event.data;
      return onCase(state, (project) => ({ ...project, supportActions: [...project.supportActions, { action, description, providedAt }] }));
    }
    case 'BilateralProjectDeployed': {
      const { deployedAt, report } = event.data;
      return onCase(state, (project) => ({ ...project, status: 'deployed', deployment: { deployedAt, report } }));
    }
    case 'BilateralProjectWithdrawn': {
      const { reason, withdrawnAt, cancelledClocks } = event.data;
      return onCase(state, (project) => ({
        ...project,
        status: 'withdrawn',
        closure: { status: 'withdrawn', reason, closedAt: withdrawnAt },
        clocks: stopped(project.clocks, cancelledClocks, withdrawnAt, 'cancelled'),
      }));
    }
    default:
      return exhaustive(event, state);
  }
}
