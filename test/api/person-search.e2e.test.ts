import { TEAMS, type Team } from '@entente/domain';
import { ApiStack } from './api-harness';
import { holds, senderFixture, startedWithDatabase } from './sender-fixture';

/*
 * A person's cases, found without opening any (issue 15, item 7; docs/adr/0019): the worker keeps
 * a keyed digest of each address and name a case names; a privacy officer finds a person's cases
 * across case types by address or name (without accents, case or punctuation), within their
 * body; the index holds no clear byte; an erasure removes the case from it.
 */

const stack = new ApiStack();
const { sender: SENDER, email: EMAIL } = senderFixture(stack, '-person-search-test');
const database = startedWithDatabase(stack);
const MINISTRY: readonly Team[] = TEAMS.filter((team) => team !== 'interparliamentary-cooperation');
const ministryOfficer = () => stack.bearer('privacy-officer', `privacy-ministry-${stack.run}`, MINISTRY);
const assemblyOfficer = () => stack.bearer('privacy-officer', `privacy-assembly-${stack.run}`, ['interparliamentary-cooperation']);
const search = (bearer: string, body: object) => stack.http().post('/privacy/person-searches').set('Authorization', bearer).send(body);
const caseIdsOf = (body: { cases: { caseId: string }[] }) => body.cases.map(({ caseId }) => caseId).sort();

describe('finding a person’s cases through the blind index', () => {
  let email: string;
  let complaint: string;
  let stranger: string;

  beforeAll(async () => {
    const intake = stack.bearer('intake-officer');
    email = (await stack.http().post('/email-requests').set('Authorization', intake).send(EMAIL).expect(201)).body.caseId as string;
    // The same person writes again, as a complainant, their address and name in capitals.
    const complainant = { name: SENDER.name.toUpperCase(), email: SENDER.email.toUpperCase() };
    complaint = (
      await stack
        .http()
        .post('/complaints')
        .set('Authorization', intake)
        .send({
          complainant,
          channel: 'letter',
          subject: 'Délai',
          details: 'Aucune réponse reçue.',
          concern: { kind: 'standard-not-applied', service: 'Information requests by e-mail', standardId: 'email-information-request' },
        })
        .expect(201)
    ).body.caseId as string;
    stranger = (
      await stack
        .http()
        .post('/email-requests')
        .set('Authorization', intake)
        .send({ ...EMAIL, sender: { name: `Li Wei ${stack.run}`, email: `li.wei.${stack.run}@example.org` } })
        .expect(201)
    ).body.caseId as string;
    for (const caseId of [email, complaint, stranger]) await stack.readModel(caseId, () => true);
  });

  it('finds the person’s cases across case types by address or by name, and no one else’s', async () => {
    const byEmail = await search(ministryOfficer(), { email: SENDER.email }).expect(200);
    expect(caseIdsOf(byEmail.body)).toEqual([email, complaint].sort());
    expect(byEmail.body.cases).toEqual(
      expect.arrayContaining([expect.objectContaining({ caseId: complaint, caseType: 'complaint', matched: ['email'] })]),
    );
    const byName = await search(ministryOfficer(), { name: SENDER.name.toLowerCase() }).expect(200);
    expect(caseIdsOf(byName.body)).toEqual([email, complaint].sort());
    expect(caseIdsOf(byName.body)).not.toContain(stranger);
  });

  it('answers within the officer’s body only, to privacy officers only, and asks who the request is from', async () => {
    expect((await search(assemblyOfficer(), { email: SENDER.email }).expect(200)).body).toEqual({ cases: [] });
    await search(stack.bearer('supervisor'), { email: SENDER.email }).expect(403);
    const nobody = await search(ministryOfficer(), {}).expect(400);
    expect(nobody.body.field).toBe('email');
  });

  it('keeps digests only: no byte of the address or the name in the index', async () => {
    const rows: { row: string }[] = await database().query(
      `SELECT to_jsonb(t)::text AS row FROM "${stack.schema}".person_index t WHERE case_id = ANY($1)`,
      [[email, complaint]],
    );
    expect(rows.length).toBeGreaterThanOrEqual(4);
    expect(rows.filter(({ row }) => holds(row, SENDER.email) || holds(row, SENDER.name) || holds(row, SENDER.email.toUpperCase()))).toEqual(
      [],
    );
  });

  it('forgets an erased case', async () => {
    await stack.answerEmailRequest(email);
    await stack
      .http()
      .post(`/cases/${email}/erasure`)
      .set('Authorization', ministryOfficer())
      .send({ reason: 'Retention period over, purpose fulfilled' })
      .expect(200);
    expect(caseIdsOf((await search(ministryOfficer(), { email: SENDER.email }).expect(200)).body)).toEqual([complaint]);
  });
});
