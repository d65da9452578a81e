export * from './telephone-inquiry.events';
export * from './telephone-inquiry.commands';
// `isOpen` and `mayIssue` are renamed so that the package index can re-export every case type.
export {
  evolveTelephoneInquiry,
  initialTelephoneInquiryState,
  isOpen as isTelephoneInquiryOpen,
  telephoneInquiryStanding,
  type TelephoneInquiry,
  type TelephoneInquiryCorrection,
  type TelephoneInquiryState,
} from './telephone-inquiry.state';
export {
  authorizeTelephoneInquiryCommand,
  mayIssue as mayIssueTelephoneInquiryCommand,
  TELEPHONE_INQUIRY_PERMISSIONS,
} from './telephone-inquiry.permissions';
export { telephoneInquiryDecider } from './telephone-inquiry.decider';
