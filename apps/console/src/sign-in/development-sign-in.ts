import { DevelopmentTokens } from '@entente/platform';
import { EXAMPLE_STAFF } from '@entente/identity/dist/staff-directory';
import type { SignedInPerson } from './session-store';

/*
 * TEMPORARY development stand-in for the authorization code flow with PKCE: a page lists the
 * example staff of the development OpenID provider (apps/identity) and the chosen person's token
 * comes from that provider's development grant. The real flow (openid-client against the
 * provider's discovery document) replaces it; nothing outside this module knows how a session got
 * its token.
 */

export { EXAMPLE_STAFF };

export class DevelopmentSignIn {
  private readonly tokens: DevelopmentTokens;

  constructor(issuer: string, audience: string) {
    this.tokens = new DevelopmentTokens(issuer, audience);
  }

  /**
   * The person and their token: one of the example staff, or (as the provider's development grant
   * allows, for tests) anyone named with a role and teams. Undefined when neither holds.
   */
  async signIn(form: Record<string, unknown>): Promise<{ person: SignedInPerson; accessToken: string } | undefined> {
    const person = personOf(form);
    if (!person) return undefined;
    const accessToken = await this.tokens.token({ sub: person.sub, name: person.name, role: person.role, teams: person.teams });
    return { person, accessToken };
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
