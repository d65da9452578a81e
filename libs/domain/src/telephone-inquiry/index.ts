export * from './telephone-inquiry.events';
export * from './telephone-inquiry.commands';
export * from './telephone-inquiry.state';
export * from './telephone-inquiry.permissions';
export { telephoneInquiryDecider } from './telephone-inquiry.decider';
export * from './telephone-inquiry.traits';
