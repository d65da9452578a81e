/** The console's two pages outside the app, French first, plain HTML usable by keyboard. */
function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="fr-CA"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} — Entente</title><link rel="stylesheet" href="/sign-in.css"></head>
<body><main>${body}</main></body></html>`;
}

export function signedOutPage(): string {
  return page(
    'Déconnexion',
    `<h1>Vous êtes déconnecté <span lang="en-CA">(Signed out)</span></h1>
<p>Votre session est terminée, ici et auprès du fournisseur d’identité.
<span lang="en-CA">Your session has ended, here and at the identity provider.</span></p>
<p><a href="/sign-in">Se connecter de nouveau <span lang="en-CA">(Sign in again)</span></a></p>`,
  );
}

export function signInFailedPage(): string {
  return page(
    'Connexion refusée',
    `<h1>La connexion n’a pas abouti <span lang="en-CA">(Sign-in failed)</span></h1>
<p>La réponse du fournisseur d’identité était expirée ou ne correspondait à aucune connexion commencée ici.
<span lang="en-CA">The identity provider’s answer had expired or matched no sign-in started here.</span></p>
<p><a href="/sign-in">Réessayer <span lang="en-CA">(Try again)</span></a></p>`,
  );
}
