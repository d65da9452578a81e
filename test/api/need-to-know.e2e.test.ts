import type { Role, Team } from '@entente/domain';
import { ApiStack } from './api-harness';

// The read policy on the real API (docs/domain.md#who-sees-what): every role, every read route,
// a case in and out of the reader's scope; lists leave out what the reader may not read; commands
// reach only what the sender may act on.

const stack = new ApiStack();
const id = (name: string) => `${name}-${stack.run}`;
const DAY = 86_400_000;
const inDays = (days: number) => new Date(Date.now() + days * DAY).toISOString();

type Person = { readonly role: Role; readonly sub: string; readonly teams: readonly Team[] };
const person = (role: Role, name: string, teams: readonly Team[]): Person => ({ role, sub: id(name), teams });
const PEOPLE = {
  intake: person('intake-officer', 'ines', ['information-services']),
  intakeElsewhere: person('intake-officer', 'ivan', ['bilateral-relations']),
  holder: person('case-officer', 'olivier', ['information-services']),
  colleague: person('case-officer', 'odile', ['information-services']),
  supervisor: person('supervisor', 'sophie', ['information-services', 'international-programs']),
  supervisorElsewhere: person('supervisor', 'samuel', ['missions-bureau']),
  director: person('director', 'denis', ['international-programs', 'missions-bureau']),
  secretaryGeneral: person('secretary-general', 'helene', ['secretary-general']),
  coordinator: person('coordinator', 'sjobert', ['interparliamentary-cooperation']),
  otherCoordinator: person('coordinator', 'mgagnon', ['interparliamentary-cooperation', 'information-services']),
  auditor: person('auditor', 'aude', []),
  administrator: person('administrator', 'adam', []),
};
type Name = keyof typeof PEOPLE;
const officer = person('case-officer', 'marc', ['missions-bureau']);
const as = ({ role, sub, teams }: Person) => stack.bearer(role, sub, teams);

const EMAIL = { sender: { name: 'Awa Diallo', email: 'awa.diallo@example.org' }, subject: 'Stage OIG', body: 'Quels critères ?' };
const cases = { email: '', engagement: '', call: '', mission: '' };
type Case = keyof typeof cases;

/** What each person reads, written out from the table rather than computed by the policy under test. */
const READS: Readonly<Record<Name, readonly Case[]>> = {
  intake: ['email'],
  intakeElsewhere: [],
  holder: ['email'],
  colleague: [],
  supervisor: ['email', 'call'],
  supervisorElsewhere: ['mission'],
  director: ['call', 'mission'],
  secretaryGeneral: [],
  coordinator: ['engagement'],
  otherCoordinator: [],
  auditor: ['email', 'engagement', 'call', 'mission'],
  administrator: ['call'],
};

/** Each case type's own read routes, beside the read model's. */
const CASE_ROUTES: Readonly<Record<Case, readonly string[]>> = {
  email: ['/email-requests/:id/live'],
  engagement: ['/cooperation-engagements/:id/live'],
  call: ['/calls-for-proposals/:id/live', '/calls-for-proposals/:id/evaluations'],
  mission: ['/premier-missions/:id/live', '/premier-missions/:id/evaluation'],
};
const READ_MODEL_ROUTES = ['/cases/:id', '/cases/:id/verification', '/cases/:id/as-of?at=2100-01-01T00:00:00Z'];

const post = (path: string, who: Person, body: object = {}) => stack.http().post(path).set('Authorization', as(who)).send(body);
const get = (path: string, who: Person) => stack.http().get(path).set('Authorization', as(who));

beforeAll(async () => {
  await stack.start();
  cases.email = (await post('/email-requests', PEOPLE.intake, EMAIL).expect(201)).body.caseId;
  await post(`/email-requests/${cases.email}/assign`, PEOPLE.supervisor, { officerId: PEOPLE.holder.sub }).expect(200);
  const request = {
    requester: { kind: 'partner-parliament', name: `National Assembly of Benin (${stack.run})` },
    partnerParliament: { name: `National Assembly of Benin (${stack.run})`, country: 'Benin' },
    request: 'Support to the legislative process.',
    coordinatorId: PEOPLE.coordinator.sub,
  };
  cases.engagement = (await post('/cooperation-engagements', PEOPLE.coordinator, request).expect(201)).body.caseId;
  const call = {
    programme: 'quebec-without-borders',
    title: 'QSF 2027',
    criteria: [{ id: 'r', title: 'Pertinence', maxScore: 10, weight: 1 }],
  };
  cases.call = (await post('/calls-for-proposals', PEOPLE.supervisor, { ...call, closesAt: inDays(30) }).expect(201)).body.caseId;
  const plan = { destination: { city: 'Tokyo', country: 'Japan', timeZone: 'Asia/Tokyo' }, theme: 'IA' };
  const dates = { startsOn: inDays(30).slice(0, 10), endsOn: inDays(32).slice(0, 10), officerId: officer.sub };
  cases.mission = (await post('/premier-missions', PEOPLE.director, { ...plan, ...dates }).expect(201)).body.caseId;
  for (const caseId of Object.values(cases)) await stack.readModel(caseId, () => true);
});
afterAll(() => stack.stop());

describe.each(Object.keys(PEOPLE) as Name[])('what a(n) %s reads', (name) => {
  const who = PEOPLE[name];

  it.each(Object.keys(cases) as Case[])('the %s case: every read route within scope, 404 outside it', async (which) => {
    const caseId = cases[which];
    const inScope = READS[name].includes(which);
    for (const route of [...READ_MODEL_ROUTES, ...CASE_ROUTES[which]]) {
      const response = await get(route.replace(':id', caseId), who);
      expect({ route, status: response.status }).toEqual({ route, status: inScope ? 200 : 404 });
      if (!inScope) expect(response.body.message).toBe(`case ${caseId} not found`);
    }
    const exported = await get(`/cases/${caseId}/export`, who);
    expect(exported.status).toBe(!inScope ? 404 : who.role === 'auditor' ? 200 : 403);
  });

  it('lists only what it reads, and counts nothing else', async () => {
    const holders: Partial<Record<Case, string>> = { email: PEOPLE.holder.sub, engagement: PEOPLE.coordinator.sub, mission: officer.sub };
    for (const [which, assignee] of Object.entries(holders) as [Case, string][]) {
      const { body } = await get(`/cases?assignee=${assignee}`, who).expect(200);
      const expected = READS[name].includes(which) ? [cases[which]] : [];
      expect(body.items.map((item: { caseId: string }) => item.caseId)).toEqual(expected);
      expect(body.total).toBe(expected.length);
    }
  });
});

describe('personal information', () => {
  const personal = [EMAIL.sender.name, EMAIL.sender.email, EMAIL.subject, EMAIL.body];
  const routes = () => ['', '/as-of?at=2100-01-01T00:00:00Z', '/export'].map((route) => `/cases/${cases.email}${route}`);

  it('is masked for an auditor on every route, and shown to the staff who hold the case', async () => {
    for (const route of [...routes(), `/email-requests/${cases.email}/live`]) {
      const masked = JSON.stringify((await get(route, PEOPLE.auditor).expect(200)).body);
      for (const value of personal) expect({ route, shows: masked.includes(value) }).toEqual({ route, shows: false });
    }
    const shown = JSON.stringify((await get(`/cases/${cases.email}`, PEOPLE.holder).expect(200)).body);
    for (const value of personal) expect(shown).toContain(value);
  });

  it('is revealed to an auditor for one case and a stated reason, and to nobody else', async () => {
    const reason = { reason: 'Demande d’accès 2026-114 de la requérante' };
    const revealed = await post(`/cases/${cases.email}/disclosures`, PEOPLE.auditor, reason).expect(200);
    expect(revealed.body.senderAddress).toBe(EMAIL.sender.email);
    expect(revealed.body.timeline[0].data).toMatchObject({ body: EMAIL.body });
    const journal = await get(`/audit/access-journal?caseId=${cases.email}&subject=${PEOPLE.auditor.sub}`, PEOPLE.auditor).expect(200);
    expect(journal.body.items).toEqual([
      expect.objectContaining({
        route: 'POST /cases/:caseId/disclosures',
        reason: reason.reason,
        fieldsShown: expect.arrayContaining(['senderAddress']),
      }),
    ]);
    const unstated = await post(`/cases/${cases.email}/disclosures`, PEOPLE.auditor, { reason: ' ' }).expect(400);
    expect(unstated.body.field).toBe('reason');
    await post(`/cases/${cases.email}/disclosures`, PEOPLE.supervisor, reason).expect(403);
    await post(`/cases/${cases.engagement}/disclosures`, PEOPLE.supervisor, reason).expect(404);
    // Administrators read a call masked and must see no one's information: they reveal nothing either.
    await post(`/cases/${cases.call}/disclosures`, PEOPLE.administrator, reason).expect(403);
    // Revealed once, for that request: the next read is masked again.
    expect(JSON.stringify((await get(`/cases/${cases.email}`, PEOPLE.auditor).expect(200)).body)).not.toContain(EMAIL.sender.email);
  });
});

describe('what an intake officer recorded', () => {
  it('stays theirs to read once closed, and no other intake officer of the team lists it', async () => {
    const call = { line: 'quebec-city', subject: 'Stages', outcome: { kind: 'answered-at-once', answer: 'Voir le site.' } };
    const { caseId } = (await post('/telephone-inquiries', PEOPLE.intake, call).expect(201)).body as { caseId: string };
    await stack.readModel(caseId, () => true);
    const colleague = person('intake-officer', 'irene', ['information-services']);
    const mine = await get('/cases?caseType=telephone-inquiry', PEOPLE.intake).expect(200);
    expect(mine.body.items.map((item: { caseId: string }) => item.caseId)).toEqual([caseId]);
    expect((await get('/cases?caseType=telephone-inquiry', colleague).expect(200)).body.total).toBe(0);
    await get(`/cases/${caseId}`, colleague).expect(404);
  });
});
