import { actorFromClaims, claimAt, teamsFromClaims } from './actor-token';

const ENTRA_ID = { roleClaim: 'roles', teamsClaim: 'groups' };
const KEYCLOAK = { roleClaim: 'realm_access.roles', teamsClaim: 'entente.teams' };

describe('what a verified token proves', () => {
  it('speaks for the actor its subject and role name', () => {
    expect(actorFromClaims({ sub: 'alice', role: 'supervisor' })).toEqual({ id: 'alice', role: 'supervisor' });
  });

  it('refuses a token that names no subject or a role nobody signs in with', () => {
    expect(actorFromClaims({ role: 'supervisor' })).toMatch(/sub/);
    expect(actorFromClaims({ sub: 'clock', role: 'system' })).toMatch(/role/);
    // A participant is proved by their evaluation link, never by a sign-in.
    expect(actorFromClaims({ sub: 'ulaval', role: 'participant' })).toMatch(/role/);
    expect(actorFromClaims({ sub: 'alice' })).toMatch(/role/);
  });

  it('reads the role from a list, as Entra ID sends app roles, ignoring roles that are not Entente’s', () => {
    expect(actorFromClaims({ sub: 'alice', roles: ['Reader', 'auditor'] }, ENTRA_ID)).toEqual({ id: 'alice', role: 'auditor' });
  });

  it('reads the role from a dotted path, as Keycloak nests realm roles', () => {
    const claims = { sub: 'alice', realm_access: { roles: ['offline_access', 'uma_authorization', 'director'] } };
    expect(actorFromClaims(claims, KEYCLOAK)).toEqual({ id: 'alice', role: 'director' });
  });

  it('refuses a token with two Entente roles: which one acts would be a guess', () => {
    expect(actorFromClaims({ sub: 'alice', roles: ['auditor', 'director'] }, ENTRA_ID)).toMatch(/exactly one/);
  });

  it('refuses a role claim that is neither a string nor a list of strings', () => {
    expect(actorFromClaims({ sub: 'alice', role: { name: 'auditor' } })).toMatch(/string/);
  });

  it('reads a claim by its whole name first: namespaced claims are URLs with dots', () => {
    expect(claimAt({ 'https://entente.example/roles': ['auditor'] }, 'https://entente.example/roles')).toEqual(['auditor']);
    expect(claimAt({ a: { b: 'c' } }, 'a.b')).toBe('c');
    expect(claimAt({ a: 'b' }, 'a.b')).toBeUndefined();
  });
});

describe('the teams a token names', () => {
  it('reads a list of teams, none when the token names none', () => {
    expect(teamsFromClaims({ teams: ['information-services', 'secretary-general'] })).toEqual([
      'information-services',
      'secretary-general',
    ]);
    expect(teamsFromClaims({})).toEqual([]);
  });

  it('reads one team, or teams at a dotted path, ignoring groups that are no Entente team', () => {
    expect(teamsFromClaims({ teams: 'information-services' })).toEqual(['information-services']);
    expect(teamsFromClaims({ entente: { teams: ['missions-bureau', 'accounting'] } }, KEYCLOAK)).toEqual(['missions-bureau']);
  });

  it('refuses teams that are not strings', () => {
    expect(teamsFromClaims({ teams: [1, 2] })).toMatch(/teams/);
  });
});
