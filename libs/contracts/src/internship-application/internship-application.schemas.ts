import type { InternshipApplicationEvent } from '@entente/domain';
import { CLOCK_SCHEMA_VERSIONS } from '../service-standards';
import type { Upcaster } from '../upcasting';

/** Current schema version of each internship application event; bump it and add an upcaster on change. */
export const INTERNSHIP_APPLICATION_SCHEMA_VERSIONS: Readonly<Record<InternshipApplicationEvent['type'], number>> = {
  InternshipApplicationFiled: 1,
  InternshipApplicationAssigned: 1,
  InternshipApplicationReassigned: 1,
  EligibilityReplySent: 1,
  InterviewScheduled: 1,
  InterviewHeld: 1,
  FinalReplySent: 1,
  InternshipApplicationWithdrawn: 1,
  ...CLOCK_SCHEMA_VERSIONS,
};

export const INTERNSHIP_APPLICATION_UPCASTERS: readonly Upcaster[] = [];
