import { ApiConfig, signActorToken } from '@entente/api';
import type { Env } from '@entente/platform';
import type { Role, Team } from '@entente/domain';
import type { SignedInPerson } from './session-store';

/*
 * TEMPORARY development stand-in for the OpenID Connect provider (apps/identity, issue 13): a
 * page lists the example staff and signs the chosen person in with a token minted by the API's
 * own development signer. It is replaced by the authorization code flow with PKCE as soon as the
 * provider is on main; nothing outside this module knows how a session got its token.
 */

const MINISTRY: readonly Team[] = [
  'information-services',
  'international-programs',
  'bilateral-relations',
  'missions-bureau',
  'secretary-general',
];

/** The people `npm start`'s example cases act as (apps/api/src/cli/seed/), with their role and teams. */
export const EXAMPLE_STAFF: readonly SignedInPerson[] = [
  { sub: 'ines.tremblay', name: 'Inès Tremblay', role: 'intake-officer', teams: MINISTRY },
  { sub: 'marc.bouchard', name: 'Marc Bouchard', role: 'case-officer', teams: MINISTRY },
  { sub: 'julie.cote', name: 'Julie Côté', role: 'case-officer', teams: MINISTRY },
  { sub: 'karim.benali', name: 'Karim Benali', role: 'case-officer', teams: ['international-programs'] },
  { sub: 'sophie.gagnon', name: 'Sophie Gagnon', role: 'supervisor', teams: MINISTRY },
  { sub: 'denis.lavoie', name: 'Denis Lavoie', role: 'director', teams: MINISTRY },
  { sub: 'helene.morin', name: 'Hélène Morin', role: 'secretary-general', teams: ['secretary-general'] },
  { sub: 'sebastien.jobert', name: 'Sébastien Jobert', role: 'coordinator', teams: ['interparliamentary-cooperation'] },
  { sub: 'claire.roy', name: 'Claire Roy', role: 'auditor', teams: [] },
  { sub: 'paul.girard', name: 'Paul Girard', role: 'administrator', teams: [] },
];

export class DevelopmentSignIn {
  private readonly tokens: ApiConfig;

  constructor(env: Env) {
    this.tokens = new ApiConfig(env);
  }

  /**
   * The person and their token: one of the example staff, or (as the provider's development grant
   * allows, for tests) anyone named with a role and teams. Undefined when neither holds.
   */
  signIn(form: Record<string, unknown>, ttlSeconds: number): { person: SignedInPerson; accessToken: string } | undefined {
    const person = personOf(form);
    if (!person) return undefined;
    const claims = { sub: person.sub, name: person.name, role: person.role as Role, teams: person.teams as Team[] };
    return { person, accessToken: signActorToken(this.tokens, claims, ttlSeconds) };
  }
}

function personOf({ sub, role, teams }: Record<string, unknown>): SignedInPerson | undefined {
  if (typeof sub !== 'string') return undefined;
  const known = EXAMPLE_STAFF.find((member) => member.sub === sub);
  if (typeof role !== 'string') return known;
  const named = typeof teams === 'string' ? teams.split(',').filter(Boolean) : [];
  return { sub, name: known?.name ?? sub, role, teams: named };
}

const escape = (text: string) => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

/** The stand-in's page: one button per person, French first; a plain form, usable by keyboard. */
export function developmentSignInPage(next: string): string {
  const people = EXAMPLE_STAFF.map(
    (p) => `<li><button type="submit" name="sub" value="${escape(p.sub)}">${escape(p.name)}</button> <span>${escape(p.role)}</span></li>`,
  ).join('\n');
  return `<!doctype html>
<html lang="fr-CA"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Connexion — Entente</title><link rel="stylesheet" href="/sign-in.css"></head>
<body><main>
<h1>Connexion à la console Entente <span lang="en-CA">(Sign in)</span></h1>
<p>Environnement de développement : choisissez une personne du personnel d’exemple.
<span lang="en-CA">Development only: choose one of the example staff.</span></p>
<form method="post" action="/sign-in"><input type="hidden" name="next" value="${escape(next)}">
<ul>${people}</ul></form>
</main></body></html>`;
}
