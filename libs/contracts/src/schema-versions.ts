import { BILATERAL_PROJECT_SCHEMA_VERSIONS } from './bilateral-project';
import { CALL_FOR_PROPOSALS_SCHEMA_VERSIONS } from './call-for-proposals';
import type { CaseType } from './case-types';
import { COMPLAINT_SCHEMA_VERSIONS } from './complaint';
import { COOPERATION_ENGAGEMENT_SCHEMA_VERSIONS } from './cooperation-engagement';
import { EMAIL_REQUEST_SCHEMA_VERSIONS } from './email-request';
import type { EventEnvelope } from './envelope';
import { INTERNSHIP_APPLICATION_SCHEMA_VERSIONS } from './internship-application';
import { PREMIER_MISSION_SCHEMA_VERSIONS } from './premier-mission';
import {
  PERSONAL_INFORMATION_CORRECTED,
  PERSONAL_INFORMATION_CORRECTED_VERSION,
  PERSONAL_INFORMATION_ERASED,
  PERSONAL_INFORMATION_ERASED_VERSION,
} from './privacy';
import { TELEPHONE_INQUIRY_SCHEMA_VERSIONS } from './telephone-inquiry';

const CASE_LEVEL_SCHEMA_VERSIONS: Readonly<Record<string, number>> = {
  [PERSONAL_INFORMATION_CORRECTED]: PERSONAL_INFORMATION_CORRECTED_VERSION,
  [PERSONAL_INFORMATION_ERASED]: PERSONAL_INFORMATION_ERASED_VERSION,
};

/** The newest schema of each event type that this code reads, per case type. */
const KNOWN_SCHEMA_VERSIONS: Readonly<Record<CaseType, Readonly<Record<string, number>>>> = {
  'email-request': EMAIL_REQUEST_SCHEMA_VERSIONS,
  'internship-application': INTERNSHIP_APPLICATION_SCHEMA_VERSIONS,
  complaint: COMPLAINT_SCHEMA_VERSIONS,
  'telephone-inquiry': TELEPHONE_INQUIRY_SCHEMA_VERSIONS,
  'call-for-proposals': CALL_FOR_PROPOSALS_SCHEMA_VERSIONS,
  'cooperation-engagement': COOPERATION_ENGAGEMENT_SCHEMA_VERSIONS,
  'bilateral-project': BILATERAL_PROJECT_SCHEMA_VERSIONS,
  'premier-mission': PREMIER_MISSION_SCHEMA_VERSIONS,
};

/**
 * Why this code cannot read an event's data: its schema is newer than any it knows (a producer
 * deployed before its readers). A type it does not know at all is no such problem: it is read,
 * and changes nothing the reader keeps. Null when it can read it.
 */
export function unknownSchemaOf({ caseType, type, schemaVersion }: EventEnvelope): string | null {
  const known = KNOWN_SCHEMA_VERSIONS[caseType][type] ?? CASE_LEVEL_SCHEMA_VERSIONS[type];
  return known !== undefined && schemaVersion > known ? `unknown schema: ${type} version ${schemaVersion}, newest known ${known}` : null;
}
