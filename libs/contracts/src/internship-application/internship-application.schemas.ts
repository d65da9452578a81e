import type { EligibilityReplySent, FinalReplySent, InternshipApplicationEvent } from '@entente/domain';
import { CLOCK_SCHEMA_VERSIONS } from '../service-standards';
import { recordedAsItHappened, type BeforeRecordedAt, type Upcaster } from '../upcasting';

/** Current schema version of each internship application event; bump it and add an upcaster on change. */
export const INTERNSHIP_APPLICATION_SCHEMA_VERSIONS: Readonly<Record<InternshipApplicationEvent['type'], number>> = {
  InternshipApplicationFiled: 1,
  InternshipApplicationAssigned: 1,
  InternshipApplicationReassigned: 1,
  EligibilityReplySent: 2,
  InterviewScheduled: 1,
  InterviewHeld: 1,
  FinalReplySent: 2,
  InternshipApplicationWithdrawn: 1,
  ...CLOCK_SCHEMA_VERSIONS,
};

/** Replies as schema 1 wrote them: recorded when they were sent, so with one instant. */
export type EligibilityReplySentV1 = BeforeRecordedAt<EligibilityReplySent['data']>;
export type FinalReplySentV1 = BeforeRecordedAt<FinalReplySent['data']>;

export const INTERNSHIP_APPLICATION_UPCASTERS: readonly Upcaster[] = [
  recordedAsItHappened('EligibilityReplySent', 1, 'sentAt'),
  recordedAsItHappened('FinalReplySent', 1, 'sentAt'),
];
