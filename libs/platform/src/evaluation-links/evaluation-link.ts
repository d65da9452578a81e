import { createHmac, timingSafeEqual } from 'node:crypto';
import { developmentDefault, setting } from '../config/settings';

/*
 * A mission participant's link to their evaluation (docs/adr/0023): the claims in base64url JSON,
 * a dot, and an HMAC-SHA256 of them under EVALUATION_LINK_SECRET. Only ids and an instant: the
 * link carries nothing personal, and the API alone holds the secret that makes one.
 */

export interface EvaluationLinkClaims {
  readonly caseId: string;
  readonly participantId: string;
  /** ISO instant: the link is refused from then on. */
  readonly expiresAt: string;
}

/** Why a link is refused: it never was one of ours (`malformed`, `forged`), or it was and has run out. */
export type EvaluationLinkFault = 'malformed' | 'forged' | 'expired';

export class EvaluationLinkRefused extends Error {
  constructor(
    readonly fault: EvaluationLinkFault,
    message: string,
  ) {
    super(message);
    this.name = 'EvaluationLinkRefused';
  }
}

const MINIMUM_SECRET_LENGTH = 32;
/** Known to everyone who reads this file: development only, refused with NODE_ENV=production. */
export const DEVELOPMENT_EVALUATION_LINK_SECRET = 'entente-development-evaluation-link-secret-not-for-production';

export const EVALUATION_LINK_SETTINGS = {
  /** The key of the participants' evaluation links: the API reads them, the notifier writes them. */
  evaluationLinkSecret: developmentDefault(
    setting('EVALUATION_LINK_SECRET', DEVELOPMENT_EVALUATION_LINK_SECRET, (raw) => {
      if (raw.length < MINIMUM_SECRET_LENGTH) throw new Error(`must be at least ${MINIMUM_SECRET_LENGTH} characters`);
      return raw;
    }),
  ),
};

// The purpose goes into the MAC, so that no other signature under the same secret passes for a link.
const PURPOSE = 'entente:evaluation-link:v1:';

const mac = (payload: string, secret: string): Buffer => {
  if (!secret) throw new Error('an evaluation link needs a secret');
  return createHmac('sha256', secret)
    .update(PURPOSE + payload)
    .digest();
};

const isText = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';

/** The claims in one fixed key order, the instant normalized: the same claims always sign the same bytes. */
function canonical(claims: EvaluationLinkClaims): string | undefined {
  const { caseId, participantId, expiresAt } = claims;
  const expiresMs = typeof expiresAt === 'string' ? Date.parse(expiresAt) : Number.NaN;
  if (!isText(caseId) || !isText(participantId) || Number.isNaN(expiresMs)) return undefined;
  return JSON.stringify({ caseId, participantId, expiresAt: new Date(expiresMs).toISOString() });
}

export function signEvaluationLink(claims: EvaluationLinkClaims, secret: string): string {
  const json = canonical(claims);
  if (json === undefined) throw new Error('an evaluation link names a case, a participant and an instant');
  const payload = Buffer.from(json).toString('base64url');
  return `${payload}.${mac(payload, secret).toString('base64url')}`;
}

/** The claims of a link this secret signed, if it has not expired at `nowMs`; else `EvaluationLinkRefused`. */
export function readEvaluationLink(token: string, secret: string, nowMs: number): EvaluationLinkClaims {
  const [payload, signature, ...rest] = token.split('.');
  if (!payload || !signature || rest.length > 0) throw new EvaluationLinkRefused('malformed', 'is not an evaluation link');
  // Compared as text: decoding would accept other spellings of the last character's spare bits.
  const expected = Buffer.from(mac(payload, secret).toString('base64url'));
  const given = Buffer.from(signature);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    throw new EvaluationLinkRefused('forged', 'is not an evaluation link this service made');
  }
  const claims = parsed(payload);
  if (nowMs >= Date.parse(claims.expiresAt)) throw new EvaluationLinkRefused('expired', `expired at ${claims.expiresAt}`);
  return claims;
}

/** Signed by us, so well formed unless the signer was wrong: checked all the same. */
function parsed(payload: string): EvaluationLinkClaims {
  try {
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as EvaluationLinkClaims;
    const json = canonical(claims);
    if (json !== undefined) return JSON.parse(json) as EvaluationLinkClaims;
  } catch {
    // falls through to the refusal
  }
  throw new EvaluationLinkRefused('malformed', 'does not name a case, a participant and an instant');
}
