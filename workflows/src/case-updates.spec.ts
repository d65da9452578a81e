import type { CaseType } from '@entente/contracts';
import {
  BILATERAL_PROJECT_PERMISSIONS,
  CALL_FOR_PROPOSALS_PERMISSIONS,
  COMPLAINT_PERMISSIONS,
  COOPERATION_ENGAGEMENT_PERMISSIONS,
  EMAIL_REQUEST_PERMISSIONS,
  INTERNSHIP_APPLICATION_PERMISSIONS,
  PREMIER_MISSION_PERMISSIONS,
  TELEPHONE_INQUIRY_PERMISSIONS,
  type Role,
} from '@entente/domain';
import { CASE_UPDATES } from './case-updates';

const PERMISSIONS: Readonly<Record<CaseType, Readonly<Record<string, readonly Role[]>>>> = {
  'email-request': EMAIL_REQUEST_PERMISSIONS,
  'internship-application': INTERNSHIP_APPLICATION_PERMISSIONS,
  complaint: COMPLAINT_PERMISSIONS,
  'telephone-inquiry': TELEPHONE_INQUIRY_PERMISSIONS,
  'call-for-proposals': CALL_FOR_PROPOSALS_PERMISSIONS,
  'cooperation-engagement': COOPERATION_ENGAGEMENT_PERMISSIONS,
  'bilateral-project': BILATERAL_PROJECT_PERMISSIONS,
  'premier-mission': PREMIER_MISSION_PERMISSIONS,
};

// The Update lists are written out so a reader finds each command's Update by name; the permission
// tables say who may send what. A command some staff role may issue but no Update carries would be
// refused at the workflow's door, and an Update for a command only the timers issue would open it.
describe('the Updates a case workflow accepts', () => {
  it.each(Object.entries(PERMISSIONS))('are the %s commands some staff role may issue', (caseType, permissions) => {
    const issuedByStaff = Object.keys(permissions).filter((type) => permissions[type]!.some((role) => role !== 'system'));
    expect(Object.keys(CASE_UPDATES[caseType as CaseType]).sort()).toEqual(issuedByStaff.sort());
  });
});
