import type { BilateralProjectCommand, BilateralProjectState } from '@entente/domain';
import { CLOCK_UPDATE_NAMES, commandUpdates, type CaseView } from '../shared/case-messages';
import type { StaffRequest } from '../shared/commands';

/**
 * The commands staff send to a bilateral project: the end of negotiations without the clock it
 * starts, which the workflow plans first.
 */
export type BilateralProjectStaffCommand = StaffRequest<BilateralProjectCommand>;

/** The Updates staff send to a bilateral project, by command, each under its name on the wire. */
export const BILATERAL_PROJECT_UPDATES = commandUpdates<BilateralProjectState, BilateralProjectStaffCommand>({
  SubmitBilateralProject: 'submitBilateralProject',
  AssignBilateralProject: 'assignBilateralProject',
  StartPartnerNegotiations: 'startPartnerNegotiations',
  RecordNegotiationRound: 'recordNegotiationRound',
  EndPartnerNegotiations: 'endPartnerNegotiations',
  AbandonPartnerNegotiations: 'abandonPartnerNegotiations',
  NotifyProjectAnalysisResult: 'notifyProjectAnalysisResult',
  RecordDeploymentSupport: 'recordDeploymentSupport',
  RecordBilateralProjectDeployed: 'recordBilateralProjectDeployed',
  WithdrawBilateralProject: 'withdrawBilateralProject',
  ...CLOCK_UPDATE_NAMES,
});

export type BilateralProjectView = CaseView<BilateralProjectState>;
