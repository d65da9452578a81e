import {
  checkFileInternshipApplication,
  checkRecordInterviewHeld,
  ELIGIBILITY_REPLY_STANDARD_ID,
  INTERNSHIP_APPLICATION_PERMISSIONS,
  InternshipApplicationCommand,
  internshipApplicationDecider,
  InternshipApplicationEvent,
  InternshipApplicationFiling,
  InternshipApplicationState,
  internshipApplicationTraits,
  INTERVIEW_REPLY_STANDARD_ID,
  InterviewHeldRecord,
} from '@entente/domain';
import { INTERNSHIP_APPLICATION_SCHEMA_VERSIONS } from '@entente/contracts';
import type { CaseView } from '../shared/case-messages';
import { CaseDefinition, CaseInput, runCase } from '../shared/case-workflow';
import { staffCommandsOf } from '../shared/commands';

export type InternshipApplicationView = CaseView<InternshipApplicationState>;

/** Two clocks, one after the other: the eligibility reply from filing, the final reply from the interview. */
export const INTERNSHIP_APPLICATION_CASE: CaseDefinition<InternshipApplicationState, InternshipApplicationCommand, InternshipApplicationEvent> = {
  caseType: 'internship-application',
  decider: internshipApplicationDecider,
  schemaVersions: INTERNSHIP_APPLICATION_SCHEMA_VERSIONS,
  staffCommands: staffCommandsOf(INTERNSHIP_APPLICATION_PERMISSIONS),
  clockStarts: {
    FileInternshipApplication: {
      standardId: ELIGIBILITY_REPLY_STANDARD_ID,
      startedAt: (data) => String(data.filedAt),
      startedAtField: 'filedAt',
      check: (command, state) => checkFileInternshipApplication(command as InternshipApplicationFiling, state),
    },
    RecordInterviewHeld: {
      standardId: INTERVIEW_REPLY_STANDARD_ID,
      startedAt: (data) => String(data.heldAt),
      startedAtField: 'heldAt',
      check: (command, state) => checkRecordInterviewHeld(command as InterviewHeldRecord, state),
    },
  },
  ...internshipApplicationTraits,
};

export function internshipApplicationWorkflow(input: CaseInput<InternshipApplicationState>): Promise<InternshipApplicationView> {
  return runCase(INTERNSHIP_APPLICATION_CASE, input);
}
