import {
  checkFileInternshipApplication,
  checkRecordInterviewHeld,
  ELIGIBILITY_REPLY_STANDARD_ID,
  InternshipApplicationCommand,
  internshipApplicationDecider,
  InternshipApplicationEvent,
  InternshipApplicationState,
  internshipApplicationTraits,
  INTERVIEW_REPLY_STANDARD_ID,
} from '@entente/domain';
import { INTERNSHIP_APPLICATION_SCHEMA_VERSIONS } from '@entente/contracts';
import { CaseDefinition, CaseInput, runCase } from '../shared/case-workflow';
import {
  INTERNSHIP_APPLICATION_UPDATES,
  type InternshipApplicationStaffCommand,
  type InternshipApplicationView,
} from './internship-application.messages';

/** Two clocks, one after the other: the eligibility reply from filing, the final reply from the interview. */
export const INTERNSHIP_APPLICATION_CASE: CaseDefinition<
  InternshipApplicationState,
  InternshipApplicationCommand,
  InternshipApplicationEvent,
  InternshipApplicationStaffCommand
> = {
  caseType: 'internship-application',
  decider: internshipApplicationDecider,
  schemaVersions: INTERNSHIP_APPLICATION_SCHEMA_VERSIONS,
  updates: INTERNSHIP_APPLICATION_UPDATES,
  clockStarts: {
    FileInternshipApplication: {
      standardId: ELIGIBILITY_REPLY_STANDARD_ID,
      startedAt: (data) => data.filedAt,
      startedAtField: 'filedAt',
      check: checkFileInternshipApplication,
    },
    RecordInterviewHeld: {
      standardId: INTERVIEW_REPLY_STANDARD_ID,
      startedAt: (data) => data.heldAt,
      startedAtField: 'heldAt',
      check: checkRecordInterviewHeld,
    },
  },
  ...internshipApplicationTraits,
};

export function internshipApplicationWorkflow(input: CaseInput<InternshipApplicationState>): Promise<InternshipApplicationView> {
  return runCase(INTERNSHIP_APPLICATION_CASE, input);
}
