import type { EventEnvelope } from '@entente/contracts';
import { ApiStack } from '../api/api-harness';

/*
 * The worker dies at the worst moments: after its activity has published a batch to Kafka but
 * before Temporal heard of it (so the batch is published again), and between two commands (so
 * another worker replays the case). The read model still holds every event once, in order.
 */

const published: EventEnvelope[][] = [];
let crashesLeft = 0;

const stack = new ApiStack((real) => ({
  ...real,
  async publishCaseEvents(events) {
    await real.publishCaseEvents(events);
    published.push([...events]);
    if (crashesLeft > 0) {
      crashesLeft -= 1;
      throw new Error('worker lost before Temporal recorded the activity');
    }
  },
}));

beforeAll(() => stack.start());
afterAll(() => stack.stop());

const EMAIL = { sender: { address: 'k.sato@example.jp' }, subject: 'Mission au Japon', body: 'Modalités ?' };
const officer = `julie-${stack.run}`;

describe('worker crashes', () => {
  it('lose nothing and duplicate nothing in the read model', async () => {
    crashesLeft = 1;
    const received = await stack.http().post('/email-requests').set('Authorization', stack.bearer('intake-officer')).send(EMAIL).expect(201);
    const { caseId } = received.body as { caseId: string };
    expect(crashesLeft).toBe(0);

    await stack.restartWorker();
    crashesLeft = 1;
    await stack.http().post(`/email-requests/${caseId}/assign`).set('Authorization', stack.bearer('supervisor')).send({ officerId: officer }).expect(200);
    await stack.restartWorker();
    await stack.http().post(`/email-requests/${caseId}/answer`).set('Authorization', stack.bearer('case-officer', officer)).send({ answer: 'Voici.' }).expect(200);

    const detail = await stack.readModel(caseId, (body) => body.status === 'answered');
    expect(detail.timeline.map(({ sequence, type }) => `${sequence} ${type}`)).toEqual([
      '1 EmailRequestReceived',
      '2 EmailRequestAssigned',
      '3 EmailRequestAnswered',
    ]);
    expect(detail).toMatchObject({ lastSequence: 3, assignee: officer, clockState: 'met' });
    // The crashes did publish twice: the read model, not luck, kept the events single.
    const sentOfCase = published.flat().filter((event) => event.caseId === caseId).map((event) => event.sequence);
    expect(sentOfCase.filter((sequence) => sequence === 1)).toHaveLength(2);
    expect(sentOfCase.filter((sequence) => sequence === 2)).toHaveLength(2);
  });
});
