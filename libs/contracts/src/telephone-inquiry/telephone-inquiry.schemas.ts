import type { TelephoneInquiryEvent } from '@entente/domain';
import type { Upcaster } from '../upcasting';

/** Current schema version of each telephone inquiry event; bump it and add an upcaster on change. */
export const TELEPHONE_INQUIRY_SCHEMA_VERSIONS: Readonly<Record<TelephoneInquiryEvent['type'], number>> = {
  TelephoneInquiryRecorded: 1,
  TelephoneInquiryCorrected: 1,
};

export const TELEPHONE_INQUIRY_UPCASTERS: readonly Upcaster[] = [];
