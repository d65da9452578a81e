import { hasOpened, type CaseTraits } from '../case-traits';
import {
  telephoneInquiryStanding,
  isTelephoneInquiryOpen,
  type TelephoneInquiry,
  type TelephoneInquiryState,
} from './telephone-inquiry.state';

/** How a telephone inquiry reads to its workflow and to the work queue. */
export const telephoneInquiryTraits: CaseTraits<TelephoneInquiryState, TelephoneInquiry> = {
  isOpened: hasOpened,
  isOpen: isTelephoneInquiryOpen,
  clocks: () => [],
  nextAlarm: () => null,
  standing: telephoneInquiryStanding,
};
