export * from './bilateral-project.events';
export * from './bilateral-project.commands';
export * from './bilateral-project.state';
export * from './bilateral-project.permissions';
export * from './bilateral-project.standards';
export { bilateralProjectDecider, checkEndPartnerNegotiations, type PartnerNegotiationsEnd } from './bilateral-project.decider';
export * from './bilateral-project.deadlines';
export * from './bilateral-project.traits';
