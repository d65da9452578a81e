import { loadConfig } from '../config/load-config';
import {
  DEVELOPMENT_EVALUATION_LINK_SECRET,
  EVALUATION_LINK_SETTINGS,
  EvaluationLinkRefused,
  readEvaluationLink,
  signEvaluationLink,
  type EvaluationLinkFault,
} from './evaluation-link';

const SECRET = 'a-secret-of-at-least-thirty-two-characters';
const CLAIMS = { caseId: '3f0c2a4e-8a51-4f4e-9a53-0d9a6f1e2b7c', participantId: 'ulaval', expiresAt: '2026-07-09T21:00:00.000Z' };
const BEFORE = Date.parse('2026-06-26T15:00:00.000Z');

function refusal(read: () => unknown): EvaluationLinkFault | undefined {
  try {
    read();
  } catch (error) {
    if (error instanceof EvaluationLinkRefused) return error.fault;
    throw error;
  }
  return undefined;
}

describe('a participant’s evaluation link', () => {
  const link = signEvaluationLink(CLAIMS, SECRET);

  it('reads back the claims it was signed with, and fits in a URL as it is', () => {
    expect(readEvaluationLink(link, SECRET, BEFORE)).toEqual(CLAIMS);
    expect(link).toMatch(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{43}$/);
    expect(encodeURIComponent(link)).toBe(link);
  });

  it('signs the same claims to the same link, the instant normalized', () => {
    expect(signEvaluationLink({ ...CLAIMS, expiresAt: '2026-07-09T17:00:00-04:00' }, SECRET)).toBe(link);
  });

  it('carries ids and an instant, nothing else', () => {
    const payload = JSON.parse(Buffer.from(link.split('.')[0]!, 'base64url').toString()) as object;
    expect(payload).toEqual(CLAIMS);
  });

  it('is refused as forged under another secret, or with its claims or signature changed', () => {
    expect(refusal(() => readEvaluationLink(link, `${SECRET}-other`, BEFORE))).toBe('forged');
    const [, signature] = link.split('.');
    const otherParticipant = Buffer.from(JSON.stringify({ ...CLAIMS, participantId: 'cgi' })).toString('base64url');
    expect(refusal(() => readEvaluationLink(`${otherParticipant}.${signature}`, SECRET, BEFORE))).toBe('forged');
    const later = Buffer.from(JSON.stringify({ ...CLAIMS, expiresAt: '2027-07-09T21:00:00.000Z' })).toString('base64url');
    expect(refusal(() => readEvaluationLink(`${later}.${signature}`, SECRET, BEFORE))).toBe('forged');
    const flipped = `${link.slice(0, -2)}${link.endsWith('A') ? 'B' : 'A'}${link.slice(-1)}`;
    expect(refusal(() => readEvaluationLink(flipped, SECRET, BEFORE))).toBe('forged');
    expect(refusal(() => readEvaluationLink(`${link.split('.')[0]}.short`, SECRET, BEFORE))).toBe('forged');
  });

  it('is refused with another spelling of its signature that decodes to the same bytes', () => {
    // 32 bytes take 43 characters: the last one's two low bits are spare.
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    const respelled = `${link.slice(0, -1)}${alphabet[alphabet.indexOf(link.slice(-1)) ^ 1]}`;
    expect(Buffer.from(respelled.split('.')[1]!, 'base64url')).toEqual(Buffer.from(link.split('.')[1]!, 'base64url'));
    expect(refusal(() => readEvaluationLink(respelled, SECRET, BEFORE))).toBe('forged');
  });

  it('is refused as malformed when it is not two parts', () => {
    for (const token of ['', 'abc', `${link}.more`, '.abc', 'abc.']) {
      expect(refusal(() => readEvaluationLink(token, SECRET, BEFORE))).toBe('malformed');
    }
  });

  it('is refused as expired from its instant on, and not before', () => {
    const expiresMs = Date.parse(CLAIMS.expiresAt);
    expect(refusal(() => readEvaluationLink(link, SECRET, expiresMs - 1))).toBeUndefined();
    expect(refusal(() => readEvaluationLink(link, SECRET, expiresMs))).toBe('expired');
  });

  it('is not made without a case, a participant and an instant', () => {
    expect(() => signEvaluationLink({ ...CLAIMS, participantId: ' ' }, SECRET)).toThrow(/names a case/);
    expect(() => signEvaluationLink({ ...CLAIMS, expiresAt: 'soon' }, SECRET)).toThrow(/names a case/);
  });
});

describe('EVALUATION_LINK_SECRET', () => {
  it('defaults to a development secret, refused in production, and is long or refused', () => {
    expect(loadConfig(EVALUATION_LINK_SETTINGS, {}).evaluationLinkSecret).toBe(DEVELOPMENT_EVALUATION_LINK_SECRET);
    expect(() => loadConfig(EVALUATION_LINK_SETTINGS, { NODE_ENV: 'production' })).toThrow(/EVALUATION_LINK_SECRET/);
    expect(() =>
      loadConfig(EVALUATION_LINK_SETTINGS, { NODE_ENV: 'production', EVALUATION_LINK_SECRET: DEVELOPMENT_EVALUATION_LINK_SECRET }),
    ).toThrow(/development default/);
    expect(() => loadConfig(EVALUATION_LINK_SETTINGS, { EVALUATION_LINK_SECRET: 'short' })).toThrow(/at least 32/);
    expect(loadConfig(EVALUATION_LINK_SETTINGS, { NODE_ENV: 'production', EVALUATION_LINK_SECRET: SECRET }).evaluationLinkSecret).toBe(
      SECRET,
    );
  });
});
