import {
  mayActOn,
  mayAudit,
  mayOpenIn,
  mayRead,
  readPolicyOf,
  TEAMS,
  type CaseFacts,
  type Person,
  type Role,
  type Team,
} from '@entente/domain';
import { CASE_TYPE_TEAMS, CASE_TYPES } from '../case-types';
import { ADMINISTERED_CASE_TYPES } from './case-facts';

/** Where the case stands for the person asking (`me`). */
const SITUATIONS = {
  'held by me': { holders: ['me'], open: true, recordedBy: 'ines' },
  unassigned: { holders: [], open: true, recordedBy: 'ines' },
  'held by another, open': { holders: ['olivier'], open: true, recordedBy: 'ines' },
  'closed, recorded by me': { holders: ['olivier'], open: false, recordedBy: 'me' },
  'closed, not mine': { holders: ['olivier'], open: false, recordedBy: 'ines' },
  'another team, held by me': { holders: ['me'], open: true, recordedBy: 'me', otherTeam: true },
  'another team, escalated to the Secretary General': {
    holders: [],
    open: true,
    recordedBy: 'ines',
    otherTeam: true,
    escalatedTo: 'secretary-general',
  },
} as const;
type Situation = keyof typeof SITUATIONS;
const ALL = Object.keys(SITUATIONS) as Situation[];
const IN_TEAM = ALL.filter((situation) => !('otherTeam' in SITUATIONS[situation]));

/** The table in docs/domain.md#who-sees-what, written out: what each role reads, whatever the case type. */
const READS: Readonly<Record<Exclude<Role, 'system' | 'coordinator' | 'administrator'>, readonly Situation[]>> = {
  'intake-officer': ['held by me', 'unassigned', 'held by another, open', 'closed, recorded by me'],
  'case-officer': ['held by me'],
  supervisor: IN_TEAM,
  director: IN_TEAM,
  'secretary-general': [...IN_TEAM, 'another team, escalated to the Secretary General'],
  auditor: ALL,
  // Their body's every case, closed ones too: they answer access requests and erase.
  'privacy-officer': IN_TEAM,
  // A mission participant answers their evaluation through its link and reads nothing.
  participant: [],
};

function factsFor(caseTeam: Team, situation: Situation): { facts: CaseFacts; personTeam: Team } {
  const { otherTeam, escalatedTo, ...rest } = { otherTeam: false, escalatedTo: null, ...SITUATIONS[situation] };
  const personTeam = otherTeam ? TEAMS.find((team) => team !== caseTeam)! : caseTeam;
  return { facts: { team: caseTeam, escalatedTo, administered: false, ...rest, holders: [...rest.holders] }, personTeam };
}

describe.each(CASE_TYPES)('who reads a %s', (caseType) => {
  const team = CASE_TYPE_TEAMS[caseType];

  describe.each(Object.entries(READS))('a(n) %s', (role, reads) => {
    it.each(ALL)('%s', (situation) => {
      const { facts, personTeam } = factsFor(team, situation);
      const person: Person = { id: 'me', role: role as Role, teams: [personTeam] };
      // An escalation reaches the Secretary General of the case's own body only: the "other team" here is the Ministry's.
      const acrossBodies =
        role === 'secretary-general' &&
        caseType === 'cooperation-engagement' &&
        situation === 'another team, escalated to the Secretary General';
      expect(mayRead(person, facts)).toBe(reads.includes(situation) && !acrossBodies);
    });
  });

  it.each(ALL)('an administrator, %s: only a case type they issue a command on (a call they extend)', (situation) => {
    const { facts, personTeam } = factsFor(team, situation);
    const administrator: Person = { id: 'me', role: 'administrator', teams: [personTeam] };
    const administered = ADMINISTERED_CASE_TYPES.includes(caseType);
    expect(mayRead(administrator, { ...facts, administered })).toBe(caseType === 'call-for-proposals');
  });

  it.each(ALL)('a coordinator, %s: only the Assembly’s engagements they coordinate', (situation) => {
    const { facts, personTeam } = factsFor(team, situation);
    const coordinator: Person = { id: 'me', role: 'coordinator', teams: [personTeam] };
    const expected = caseType === 'cooperation-engagement' && situation === 'held by me';
    expect(mayRead(coordinator, facts)).toBe(expected);
  });
});

describe('what administrators read', () => {
  it('is the calls for proposals alone, whose closing they may extend', () => {
    expect(ADMINISTERED_CASE_TYPES).toEqual(['call-for-proposals']);
  });
});

describe('the two public bodies', () => {
  const engagement: CaseFacts = {
    team: 'interparliamentary-cooperation',
    holders: ['me'],
    recordedBy: 'me',
    open: true,
    escalatedTo: null,
    administered: false,
  };
  const complaint: CaseFacts = { ...engagement, team: 'secretary-general' };

  it('keeps a coordinator to the Assembly’s cases, even when a token names a Ministry team', () => {
    expect(mayRead({ id: 'me', role: 'coordinator', teams: [...TEAMS] }, complaint)).toBe(false);
  });

  it('shows the Assembly’s cases to Ministry staff only when their token names its team', () => {
    expect(mayRead({ id: 'me', role: 'director', teams: ['bilateral-relations'] }, engagement)).toBe(false);
    expect(mayRead({ id: 'me', role: 'director', teams: ['bilateral-relations', 'interparliamentary-cooperation'] }, engagement)).toBe(
      true,
    );
  });

  it('gives a token that names no team nothing to read, but an auditor everything', () => {
    expect(mayRead({ id: 'me', role: 'supervisor', teams: [] }, complaint)).toBe(false);
    expect(mayRead({ id: 'me', role: 'auditor', teams: [] }, complaint)).toBe(true);
  });
});

describe('personal fields', () => {
  it.each<[Role, string]>([
    ['intake-officer', 'shown'],
    ['case-officer', 'shown'],
    ['supervisor', 'shown'],
    ['director', 'shown'],
    ['secretary-general', 'shown'],
    ['coordinator', 'shown'],
    ['auditor', 'masked'],
    ['administrator', 'masked'],
  ])('a(n) %s reads them %s', (role, personal) => {
    expect(readPolicyOf({ id: 'me', role, teams: [...TEAMS] }).personal).toBe(personal);
  });
});

describe('who acts on a case', () => {
  const held: CaseFacts = {
    team: 'information-services',
    holders: ['olivier'],
    recordedBy: 'ines',
    open: true,
    escalatedTo: null,
    administered: false,
  };
  const staff = (role: Role, id = 'me', teams: Team[] = ['information-services']): Person => ({ id, role, teams });

  it('lets a case officer act on the cases they hold, and hides the others (404)', () => {
    expect(mayActOn(staff('case-officer', 'olivier'), held)).toBe(true);
    expect(mayActOn(staff('case-officer'), { ...held, holders: ['me', 'olivier'] })).toBe(true);
    expect(mayActOn(staff('case-officer'), { ...held, recordedBy: 'me' })).toBe(false);
  });

  it('lets the roles above act across their teams only', () => {
    expect(mayActOn(staff('supervisor'), held)).toBe(true);
    expect(mayActOn(staff('director'), held)).toBe(true);
    expect(mayActOn(staff('supervisor', 'me', ['missions-bureau']), held)).toBe(false);
    expect(mayActOn(staff('administrator'), held)).toBe(false);
  });

  it('opens a case only in a team of the person', () => {
    expect(mayOpenIn(staff('intake-officer'), 'information-services')).toBe(true);
    expect(mayOpenIn(staff('intake-officer'), 'secretary-general')).toBe(false);
  });

  it('leaves the whole log and exports to auditors', () => {
    expect(mayAudit(staff('auditor'))).toBe(true);
    expect(mayAudit(staff('director'))).toBe(false);
  });
});
