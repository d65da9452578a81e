import {
  TelephoneInquiryCommand,
  telephoneInquiryDecider,
  TelephoneInquiryEvent,
  TelephoneInquiryState,
  telephoneInquiryTraits,
} from '@entente/domain';
import { TELEPHONE_INQUIRY_SCHEMA_VERSIONS } from '@entente/contracts';
import { CaseDefinition, CaseInput, runCase } from '../shared/case-workflow';
import { TELEPHONE_INQUIRY_UPDATES, type TelephoneInquiryStaffCommand, type TelephoneInquiryView } from './telephone-inquiry.messages';

/** A call's outcome is recorded at the call: no clock, and the case closes with its first event. */
export const TELEPHONE_INQUIRY_CASE: CaseDefinition<
  TelephoneInquiryState,
  TelephoneInquiryCommand,
  TelephoneInquiryEvent,
  TelephoneInquiryStaffCommand
> = {
  caseType: 'telephone-inquiry',
  decider: telephoneInquiryDecider,
  schemaVersions: TELEPHONE_INQUIRY_SCHEMA_VERSIONS,
  updates: TELEPHONE_INQUIRY_UPDATES,
  clockStarts: {},
  ...telephoneInquiryTraits,
};

export function telephoneInquiryWorkflow(input: CaseInput<TelephoneInquiryState>): Promise<TelephoneInquiryView> {
  return runCase(TELEPHONE_INQUIRY_CASE, input);
}
