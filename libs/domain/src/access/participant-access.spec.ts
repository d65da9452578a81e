import {
  BILATERAL_PROJECT_PERMISSIONS,
  CALL_FOR_PROPOSALS_PERMISSIONS,
  CLOCK_COMMAND_PERMISSIONS,
  COMPLAINT_PERMISSIONS,
  COOPERATION_ENGAGEMENT_PERMISSIONS,
  EMAIL_REQUEST_PERMISSIONS,
  INTERNSHIP_APPLICATION_PERMISSIONS,
  PREMIER_MISSION_PERMISSIONS,
  PRIVACY_ROLES,
  TELEPHONE_INQUIRY_PERMISSIONS,
} from '../index';
import { isStaffRole, STAFF_ROLES } from '../shared/command';
import { AUDIT_ROLES, mayOpenIn } from './command-policy';
import { readPolicyOf, type Person } from './read-policy';

// A mission participant is proved by their evaluation link alone (docs/adr/0023): one command,
// nothing to read, and never a role a sign-in may carry.

const participant: Person = { id: 'p-laval', role: 'participant', teams: [] };

const TABLES = {
  BILATERAL_PROJECT_PERMISSIONS,
  CALL_FOR_PROPOSALS_PERMISSIONS,
  CLOCK_COMMAND_PERMISSIONS,
  COMPLAINT_PERMISSIONS,
  COOPERATION_ENGAGEMENT_PERMISSIONS,
  EMAIL_REQUEST_PERMISSIONS,
  INTERNSHIP_APPLICATION_PERMISSIONS,
  PREMIER_MISSION_PERMISSIONS,
  TELEPHONE_INQUIRY_PERMISSIONS,
};

describe('a mission participant', () => {
  it('issues one command of any case type: their evaluation answer', () => {
    const theirs = Object.entries(TABLES).flatMap(([table, permissions]) =>
      Object.entries(permissions as Record<string, readonly string[]>)
        .filter(([, roles]) => roles.includes('participant'))
        .map(([commandType]) => `${table}.${commandType}`),
    );
    expect(theirs).toEqual(['PREMIER_MISSION_PERMISSIONS.RecordMissionEvaluationAnswer']);
  });

  it('reads no case, opens none, audits nothing and handles no personal information', () => {
    expect(readPolicyOf(participant)).toEqual({ grants: [], personal: 'masked' });
    expect(mayOpenIn(participant, 'missions-bureau')).toBe(false);
    expect(AUDIT_ROLES).not.toContain('participant');
    expect(PRIVACY_ROLES).not.toContain('participant');
  });

  it('is no staff role, so no sign-in carries it', () => {
    expect(STAFF_ROLES).not.toContain('participant');
    expect(isStaffRole('participant')).toBe(false);
  });
});
