export * from './bilateral-project.events';
export * from './bilateral-project.commands';
// `isOpen` and `mayIssue` are renamed so that the package index can re-export every case type.
export {
  evolveBilateralProject,
  initialBilateralProjectState,
  isOpen as isBilateralProjectOpen,
  bilateralProjectStanding,
  type BilateralProject,
  type BilateralProjectClosure,
  type BilateralProjectState,
  type BilateralProjectStatus,
  type Negotiations,
  type NegotiationRound,
  type NotifiedAnalysis,
  type OpenBilateralProject,
  type OpenBilateralProjectStatus,
  type SupportAction,
} from './bilateral-project.state';
export {
  authorizeBilateralProjectCommand,
  BILATERAL_PROJECT_ASSIGNEE_ONLY_ROLES,
  BILATERAL_PROJECT_PERMISSIONS,
  BILATERAL_PROJECT_REASSIGN_ROLES,
  mayIssue as mayIssueBilateralProjectCommand,
} from './bilateral-project.permissions';
export * from './bilateral-project.standards';
export {
  bilateralProjectDecider,
  checkEndPartnerNegotiations,
  type PartnerNegotiationsEnd,
} from './bilateral-project.decider';
export * from './bilateral-project.deadlines';
