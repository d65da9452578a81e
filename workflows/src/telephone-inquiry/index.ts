export { telephoneInquiryWorkflow, type TelephoneInquiryView } from './telephone-inquiry.workflow';
