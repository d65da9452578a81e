import { describe, expect, it } from '@jest/globals';
import {
  BILATERAL_PROJECT_SCHEMA_VERSIONS,
  CASE_LEVEL_EVENT_TYPES,
  CASE_TYPE_NAMES,
  CALL_FOR_PROPOSALS_SCHEMA_VERSIONS,
  CLOCK_SCHEMA_VERSIONS,
  COMPLAINT_SCHEMA_VERSIONS,
  COOPERATION_ENGAGEMENT_SCHEMA_VERSIONS,
  EMAIL_REQUEST_SCHEMA_VERSIONS,
  INTERNSHIP_APPLICATION_SCHEMA_VERSIONS,
  PREMIER_MISSION_SCHEMA_VERSIONS,
  TELEPHONE_INQUIRY_SCHEMA_VERSIONS,
} from '@entente/contracts';
import { TEAMS } from '@entente/domain';
import { lookupTerm } from './terms';

// Every event type the contracts version is named in both languages: a timeline never falls back
// to the code's English words on a French page.
const EVENT_TYPES = [
  ...CASE_LEVEL_EVENT_TYPES,
  ...Object.keys({
    ...BILATERAL_PROJECT_SCHEMA_VERSIONS,
    ...CALL_FOR_PROPOSALS_SCHEMA_VERSIONS,
    ...CLOCK_SCHEMA_VERSIONS,
    ...COMPLAINT_SCHEMA_VERSIONS,
    ...COOPERATION_ENGAGEMENT_SCHEMA_VERSIONS,
    ...EMAIL_REQUEST_SCHEMA_VERSIONS,
    ...INTERNSHIP_APPLICATION_SCHEMA_VERSIONS,
    ...PREMIER_MISSION_SCHEMA_VERSIONS,
    ...TELEPHONE_INQUIRY_SCHEMA_VERSIONS,
  }),
];

describe('the event terms', () => {
  it.each(EVENT_TYPES)('name %s in French and in English', (type) => {
    expect([lookupTerm('event', type, 'fr-CA'), lookupTerm('event', type, 'en-CA')]).toEqual([expect.any(String), expect.any(String)]);
  });
});

describe('the case type terms', () => {
  // The notifier's messages name case types as the console does.
  it.each(Object.entries(CASE_TYPE_NAMES))('name %s as the contracts do', (caseType, { fr, en }) => {
    expect([lookupTerm('caseType', caseType, 'fr-CA'), lookupTerm('caseType', caseType, 'en-CA')]).toEqual([fr, en]);
  });
});

describe('the team terms', () => {
  // The staff directory and a person's notification page list teams by name, never by code.
  it.each(TEAMS)('name %s in French and in English', (team) => {
    expect([lookupTerm('team', team, 'fr-CA'), lookupTerm('team', team, 'en-CA')]).toEqual([expect.any(String), expect.any(String)]);
  });
});
