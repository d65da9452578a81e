import {
  TELEPHONE_INQUIRY_PERMISSIONS,
  TelephoneInquiryCommand,
  telephoneInquiryDecider,
  TelephoneInquiryEvent,
  TelephoneInquiryState,
  telephoneInquiryTraits,
} from '@entente/domain';
import { TELEPHONE_INQUIRY_SCHEMA_VERSIONS } from '@entente/contracts';
import type { CaseView } from '../shared/case-messages';
import { CaseDefinition, CaseInput, runCase } from '../shared/case-workflow';
import { staffCommandsOf } from '../shared/commands';

export type TelephoneInquiryView = CaseView<TelephoneInquiryState>;

/** A call's outcome is recorded at the call: no clock, and the case closes with its first event. */
export const TELEPHONE_INQUIRY_CASE: CaseDefinition<TelephoneInquiryState, TelephoneInquiryCommand, TelephoneInquiryEvent> = {
  caseType: 'telephone-inquiry',
  decider: telephoneInquiryDecider,
  schemaVersions: TELEPHONE_INQUIRY_SCHEMA_VERSIONS,
  staffCommands: staffCommandsOf(TELEPHONE_INQUIRY_PERMISSIONS),
  clockStarts: {},
  ...telephoneInquiryTraits,
};

export function telephoneInquiryWorkflow(input: CaseInput<TelephoneInquiryState>): Promise<TelephoneInquiryView> {
  return runCase(TELEPHONE_INQUIRY_CASE, input);
}
