export * from './bilateral-project.messages';
export { bilateralProjectWorkflow } from './bilateral-project.workflow';
