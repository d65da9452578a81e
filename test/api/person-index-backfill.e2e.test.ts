import { backfillPersonIndex } from '@entente/worker';
import { TEAMS, type Team } from '@entente/domain';
import { ApiStack } from './api-harness';
import { senderFixture, startedWithDatabase } from './sender-fixture';

/*
 * The blind index's backfill (docs/adr/0019): a case recorded before its people were indexed is
 * found once the backfill has run. Each deployment's workers start it once under a fixed id; here
 * it runs under the test's own id, on the test's own schema.
 */

const stack = new ApiStack();
const { email: EMAIL, sender: SENDER } = senderFixture(stack, '-person-index-backfill-test');
const MINISTRY: readonly Team[] = TEAMS.filter((team) => team !== 'interparliamentary-cooperation');
const database = startedWithDatabase(stack);

const officer = () => stack.bearer('privacy-officer', `privacy-ministry-${stack.run}`, MINISTRY);
const found = async (body: object): Promise<string[]> => {
  const answer = await stack.http().post('/privacy/person-searches').set('Authorization', officer()).send(body).expect(200);
  return (answer.body.cases as { caseId: string }[]).map(({ caseId }) => caseId);
};

describe('the blind index’s backfill', () => {
  let caseId: string;

  beforeAll(async () => {
    const received = await stack
      .http()
      .post('/email-requests')
      .set('Authorization', stack.bearer('intake-officer'))
      .send(EMAIL)
      .expect(201);
    caseId = received.body.caseId as string;
    await stack.readModel(caseId, () => true);
    // As if the case had been recorded before the index existed.
    await database().query(`DELETE FROM "${stack.schema}".person_index WHERE case_id = $1`, [caseId]);
  });

  it('finds a case recorded before the index once it has run, by address and by name, and runs once', async () => {
    expect(await found({ email: SENDER.email })).toEqual([]);
    const workflowId = `person-index-backfill/${stack.run}`;
    expect(await backfillPersonIndex(stack.temporal, stack.taskQueue, workflowId)).toBe('started');
    const backfilled = await stack.temporal.workflow.getHandle(workflowId).result();
    expect(backfilled).toMatchObject({ indexed: expect.any(Number) });
    expect((backfilled as { indexed: number }).indexed).toBeGreaterThan(0);
    expect(await found({ email: SENDER.email })).toEqual([caseId]);
    expect(await found({ name: SENDER.name })).toEqual([caseId]);
    expect(await backfillPersonIndex(stack.temporal, stack.taskQueue, workflowId)).toBe('kept');
  });
});
