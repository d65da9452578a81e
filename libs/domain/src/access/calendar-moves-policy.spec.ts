import { calendarMovesScopeOf } from './calendar-moves-policy';
import type { Person } from './read-policy';

const person = (role: Person['role'], teams: Person['teams'] = ['information-services']): Person => ({ id: 'p', role, teams });

describe('calendarMovesScopeOf', () => {
  it('gives administrators every moved clock, whatever team their token names', () => {
    expect(calendarMovesScopeOf(person('administrator', []))).toEqual({ kind: 'every-case' });
  });

  it('gives supervisors and directors the clocks of their teams', () => {
    expect(calendarMovesScopeOf(person('supervisor'))).toEqual({ kind: 'teams', teams: ['information-services'] });
    expect(calendarMovesScopeOf(person('director', []))).toEqual({ kind: 'teams', teams: [] });
  });

  it('refuses everyone else', () => {
    for (const role of ['intake-officer', 'case-officer', 'coordinator', 'auditor', 'secretary-general', 'system'] as const) {
      expect(calendarMovesScopeOf(person(role))).toBeUndefined();
    }
  });
});
