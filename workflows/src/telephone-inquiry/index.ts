export * from './telephone-inquiry.messages';
export { telephoneInquiryWorkflow } from './telephone-inquiry.workflow';
