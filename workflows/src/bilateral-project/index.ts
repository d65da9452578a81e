export { bilateralProjectWorkflow, type BilateralProjectView } from './bilateral-project.workflow';
