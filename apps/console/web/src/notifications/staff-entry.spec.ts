import { describe, expect, it } from '@jest/globals';
import { DELIVERIES as DOMAIN_DELIVERIES, NOTICE_LANGUAGES as DOMAIN_LANGUAGES, STAFF_ROLES, TEAMS as DOMAIN_TEAMS } from '@entente/domain';
import { DELIVERIES, EMPTY_ENTRY, entryOf, fieldOf, formOf, NOTICE_LANGUAGES, ROLES, TEAMS } from './staff-entry';

const MARC = {
  id: 'marc.bouchard',
  name: 'Marc Bouchard',
  email: 'marc.bouchard@mri.example',
  role: 'case-officer',
  teams: ['missions-bureau', 'information-services'],
  language: 'en',
  delivery: 'daily-digest',
} as const;

describe('the staff directory form', () => {
  it('offers what the domain accepts, in its order', () => {
    expect([ROLES, TEAMS, NOTICE_LANGUAGES, DELIVERIES]).toEqual([STAFF_ROLES, DOMAIN_TEAMS, DOMAIN_LANGUAGES, DOMAIN_DELIVERIES]);
  });

  it('sends back an entry it was filled with, teams in the order of the list', () => {
    const { id, ...entry } = MARC;
    expect(entryOf(formOf({ id, ...entry, teams: [...entry.teams] }))).toEqual({
      staffId: id,
      body: { ...entry, teams: ['information-services', 'missions-bureau'] },
    });
  });

  it('trims what is typed and leaves out a role not chosen, for the API to name', () => {
    const form = { ...EMPTY_ENTRY, staffId: ' julie.cote ', name: ' Julie Côté ', email: ' julie@mri.example ' };
    expect(entryOf(form)).toEqual({
      staffId: 'julie.cote',
      body: { name: 'Julie Côté', email: 'julie@mri.example', teams: [], language: 'fr', delivery: 'immediate' },
    });
  });

  it('places a refusal of one team on the group of teams', () => {
    expect([fieldOf('teams.1'), fieldOf('email'), fieldOf(undefined)]).toEqual(['teams', 'email', undefined]);
  });
});
