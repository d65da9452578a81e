export * from './email-request.events';
export * from './email-request.commands';
export * from './email-request.state';
export * from './email-request.permissions';
export { checkEmailReceipt, emailRequestDecider, type EmailReceipt } from './email-request.decider';
export * from './email-request.deadlines';
export * from './email-request.standards';
export * from './email-request.traits';
