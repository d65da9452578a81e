import { actorFromClaims, teamsFromClaims } from './actor-token';

describe('what a verified token proves', () => {
  it('speaks for the actor its subject and role name', () => {
    expect(actorFromClaims({ sub: 'alice', role: 'supervisor' })).toEqual({ id: 'alice', role: 'supervisor' });
  });

  it('refuses a token that names no subject or a role nobody signs in with', () => {
    expect(actorFromClaims({ role: 'supervisor' })).toMatch(/sub/);
    expect(actorFromClaims({ sub: 'clock', role: 'system' })).toMatch(/role/);
  });

  it('reads the teams a person works in, none when the token names none', () => {
    expect(teamsFromClaims({ teams: ['information-services', 'secretary-general'] })).toEqual([
      'information-services',
      'secretary-general',
    ]);
    expect(teamsFromClaims({})).toEqual([]);
  });

  it('refuses teams that are not a list of known teams', () => {
    expect(teamsFromClaims({ teams: 'information-services' })).toMatch(/teams/);
    expect(teamsFromClaims({ teams: ['accounting'] })).toMatch(/teams/);
  });
});
