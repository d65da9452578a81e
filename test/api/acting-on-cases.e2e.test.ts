import type { Role, Team } from '@entente/domain';
import { ApiStack } from './api-harness';

// Object-level authorization of commands (docs/domain.md#who-sees-what): a clock is paused, and
// a step taken, only by the officer who holds the case or the roles above them in its team; a case
// outside the sender's scope answers 404, a role that may not send the command 403.

const stack = new ApiStack();
type Person = { readonly role: Role; readonly sub: string; readonly teams: readonly Team[] };
const person = (role: Role, name: string, teams: readonly Team[]): Person => ({ role, sub: `${name}-${stack.run}`, teams });
const INFO: readonly Team[] = ['information-services'];
const intake = person('intake-officer', 'ines', INFO);
const holder = person('case-officer', 'olivier', INFO);
const colleague = person('case-officer', 'odile', INFO);
const supervisor = person('supervisor', 'sophie', INFO);
const elsewhere = person('supervisor', 'samuel', ['missions-bureau']);
const secretaryGeneral = person('secretary-general', 'helene', ['secretary-general']);
const coordinator = person('coordinator', 'sjobert', ['interparliamentary-cooperation', ...INFO]);
const auditor = person('auditor', 'aude', []);

const post = (path: string, { role, sub, teams }: Person, body: object = {}) =>
  stack
    .http()
    .post(path)
    .set('Authorization', stack.bearer(role, sub, teams))
    .send(body);
const EMAIL = { sender: { email: 'awa@example.org' }, subject: 'Stage OIG', body: 'Critères ?' };
const WHY = { reason: 'awaiting-requester-information', explanation: 'Numéro de dossier manquant' };
let caseId = '';
const clock = (action: 'pause' | 'resume', who: Person) =>
  post(`/clocks/email-request/${caseId}/email-information-request/${action}`, who, action === 'pause' ? WHY : {});

beforeAll(async () => {
  await stack.start();
  caseId = (await post('/email-requests', intake, EMAIL).expect(201)).body.caseId;
  await post(`/email-requests/${caseId}/assign`, supervisor, { officerId: holder.sub }).expect(200);
});
afterAll(() => stack.stop());

describe('pausing and resuming a clock', () => {
  it.each([
    ['the officer who holds the case', holder],
    ['a supervisor of its team', supervisor],
  ])('is done by %s', async (_, who) => {
    await clock('pause', who).expect(200);
    await clock('resume', who).expect(200);
  });

  it.each([
    ['a colleague who does not hold it', colleague],
    ['a supervisor of another team', elsewhere],
    ['the Secretary General, to whom nothing escalated', secretaryGeneral],
    ['a coordinator, whatever teams the token names', coordinator],
  ])('is refused as not found to %s', async (_, who) => {
    const refused = await clock('pause', who).expect(404);
    expect(refused.body.message).toBe(`case ${caseId} not found`);
  });

  it.each([
    ['an auditor', auditor],
    ['an intake officer', intake],
  ])('is refused to %s, whose role may not (403)', async (_, who) => {
    await clock('pause', who).expect(403);
  });
});

describe('a step on a case', () => {
  it('is taken by the holder, and not found for a colleague', async () => {
    await post(`/email-requests/${caseId}/answer`, colleague, { answer: 'Voici les critères.' }).expect(404);
    await post(`/email-requests/${caseId}/answer`, holder, { answer: 'Voici les critères.' }).expect(200);
  });

  it('opens a case only in a team of the sender', async () => {
    const refused = await post('/email-requests', person('intake-officer', 'ivan', ['bilateral-relations']), EMAIL).expect(403);
    expect(refused.body.message).toContain('information-services');
  });
});

describe('what only auditors do', () => {
  it('verifies the whole log', async () => {
    await stack.http().get('/audit/verification').set('Authorization', stack.bearer('supervisor')).expect(403);
    await stack.http().get('/audit/verification').set('Authorization', stack.bearer('auditor')).expect(200);
  });
});
