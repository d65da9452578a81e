import { CreateCaseSummary1795420800000 } from './1795420800000-CreateCaseSummary';
import { AddCaseSummaryWorkQueueIndexes1795420860000 } from './1795420860000-AddCaseSummaryWorkQueueIndexes';
import { CreateCaseEvent1795420920000 } from './1795420920000-CreateCaseEvent';
import { CreateProjectionCheckpoint1795420980000 } from './1795420980000-CreateProjectionCheckpoint';
import { GeneralizeCaseSummary1795507200000 } from './1795507200000-GeneralizeCaseSummary';
import { CreateServiceClock1795507260000 } from './1795507260000-CreateServiceClock';
import { CreateServiceStandardVersion1795507320000 } from './1795507320000-CreateServiceStandardVersion';
import { CreateCalendarVersion1795507380000 } from './1795507380000-CreateCalendarVersion';
import { RecordCaseEnding1795593600000 } from './1795593600000-RecordCaseEnding';
import { MetClocksNeverBreached1795680000000 } from './1795680000000-MetClocksNeverBreached';
import { GrantProcessRoles1795766400000 } from './1795766400000-GrantProcessRoles';
import { CreateAccessJournal1795766460000 } from './1795766460000-CreateAccessJournal';
import { CreateIdempotencyKey1795766520000 } from './1795766520000-CreateIdempotencyKey';
import { CreateCaseDataKey1795852800000 } from './1795852800000-CreateCaseDataKey';
import { CreateConsoleSession1795939200000 } from './1795939200000-CreateConsoleSession';
import { CreateLegalHold1796025600000 } from './1796025600000-CreateLegalHold';
import { GrantWorkerRetentionReads1796025660000 } from './1796025660000-GrantWorkerRetentionReads';
import { CreatePersonIndex1796025720000 } from './1796025720000-CreatePersonIndex';
import { CreateNotificationTables1796025780000 } from './1796025780000-CreateNotificationTables';
import { AddParticipantRecipients1796025790000 } from './1796025790000-AddParticipantRecipients';
import { AddDailyDigests1796025800000 } from './1796025800000-AddDailyDigests';
import { StaffDirectoryKeptByAdministrators1796025810000 } from './1796025810000-StaffDirectoryKeptByAdministrators';
import { CreateProjectionQuarantine1796025820000 } from './1796025820000-CreateProjectionQuarantine';
import { RecordBounces1796025830000 } from './1796025830000-RecordBounces';
import { IdempotencyKeyFirstAttempt1796025840000 } from './1796025840000-IdempotencyKeyFirstAttempt';
import { AddParticipantLanguage1796025850000 } from './1796025850000-AddParticipantLanguage';

/** Listed, not globbed, so the same list works from ts sources (tests) and from dist. */
export const MIGRATIONS = [
  CreateCaseSummary1795420800000,
  AddCaseSummaryWorkQueueIndexes1795420860000,
  CreateCaseEvent1795420920000,
  CreateProjectionCheckpoint1795420980000,
  GeneralizeCaseSummary1795507200000,
  CreateServiceClock1795507260000,
  CreateServiceStandardVersion1795507320000,
  CreateCalendarVersion1795507380000,
  RecordCaseEnding1795593600000,
  MetClocksNeverBreached1795680000000,
  GrantProcessRoles1795766400000,
  CreateAccessJournal1795766460000,
  CreateIdempotencyKey1795766520000,
  CreateCaseDataKey1795852800000,
  CreateConsoleSession1795939200000,
  CreateLegalHold1796025600000,
  GrantWorkerRetentionReads1796025660000,
  CreatePersonIndex1796025720000,
  CreateNotificationTables1796025780000,
  AddParticipantRecipients1796025790000,
  AddDailyDigests1796025800000,
  StaffDirectoryKeptByAdministrators1796025810000,
  CreateProjectionQuarantine1796025820000,
  RecordBounces1796025830000,
  IdempotencyKeyFirstAttempt1796025840000,
  AddParticipantLanguage1796025850000,
];
