import {
  checkFileInternshipApplication,
  checkRecordInterviewHeld,
  ELIGIBILITY_REPLY_STANDARD_ID,
  FIRST_INTERNSHIP_APPLICATION_RULES,
  InternshipApplicationCommand,
  internshipApplicationDecider,
  internshipApplicationDeciderUnder,
  InternshipApplicationEvent,
  InternshipApplicationState,
  internshipApplicationTraits,
  INTERVIEW_REPLY_STANDARD_ID,
} from '@entente/domain';
import { INTERNSHIP_APPLICATION_SCHEMA_VERSIONS, type EligibilityReplySentV1, type FinalReplySentV1 } from '@entente/contracts';
import { takesChange } from '../shared/earlier-changes';
import type { WrittenEvent } from '../shared/case-runner';
import { CaseDefinition, CaseInput, runCase } from '../shared/case-workflow';
import {
  INTERNSHIP_APPLICATION_UPDATES,
  type InternshipApplicationStaffCommand,
  type InternshipApplicationView,
} from './internship-application.messages';

/** Issue 12: replies take their own instant, interviews are held at or after their scheduled time. */
const FACT_INSTANTS = 'internship-application-fact-instants';

/**
 * A reply decided before replies took their own instant replays as schema 1, the bytes it
 * published: it was sent when recorded, so its `recordedAt` is its `sentAt`.
 */
function replyAsPublished(event: InternshipApplicationEvent): WrittenEvent | null {
  if (event.type !== 'EligibilityReplySent' && event.type !== 'FinalReplySent') return null;
  if (takesChange(FACT_INSTANTS)) return null;
  const { recordedAt: _sameInstant, ...published } = event.data;
  return { schemaVersion: 1, data: published satisfies EligibilityReplySentV1 | FinalReplySentV1 };
}

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
  writtenAsPublished: replyAsPublished,
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

/** An application begun before interviews were held to their scheduled time: decided under its first rules for its run. */
const APPLICATION_UNDER_FIRST_RULES: typeof INTERNSHIP_APPLICATION_CASE = {
  ...INTERNSHIP_APPLICATION_CASE,
  decider: internshipApplicationDeciderUnder(FIRST_INTERNSHIP_APPLICATION_RULES),
  clockStarts: {
    ...INTERNSHIP_APPLICATION_CASE.clockStarts,
    RecordInterviewHeld: {
      ...INTERNSHIP_APPLICATION_CASE.clockStarts.RecordInterviewHeld!,
      check: (command, state) => checkRecordInterviewHeld(command, state, FIRST_INTERNSHIP_APPLICATION_RULES),
    },
  },
};

/**
 * A run begun before the patch replays the interview it recorded under the rules it recorded it
 * by; every run begun since (a continued one too) decides under today's.
 */
export function internshipApplicationWorkflow(input: CaseInput<InternshipApplicationState>): Promise<InternshipApplicationView> {
  return runCase(takesChange(FACT_INSTANTS) ? INTERNSHIP_APPLICATION_CASE : APPLICATION_UNDER_FIRST_RULES, input);
}
