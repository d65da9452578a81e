import type { DrillCase } from '../load/email-load';
import type { CommandRecord } from '../load/staff-client';
import { incompleteCases, longestWithoutSuccess, percentile, tally, type EventCopy, type Findings } from './tally';

const T0 = 1_000_000;
const STEPS = ['receive', 'assign', 'answer'] as const;
const TYPES = ['EmailRequestReceived', 'EmailRequestAssigned', 'EmailRequestAnswered'] as const;

/** A case whose three commands were each answered at the first attempt, 100 ms each, from `at`. */
function answeredCase(index: number, at: number, caseId = `c-${index}`): DrillCase {
  const commands: CommandRecord[] = STEPS.map((step, offset) => ({
    step,
    key: `${caseId}-${step}`,
    attempts: [{ sentAt: at + offset * 100, answeredAt: at + offset * 100 + 100, status: 200 }],
    answer: { caseId, sequence: offset + 1 },
  }));
  return { index, commands };
}

const events = (caseId: string, eventId = (sequence: number) => `${caseId}-e${sequence}`): EventCopy[] =>
  TYPES.map((type, offset) => ({ caseId, sequence: offset + 1, eventId: eventId(offset + 1), type }));

const whole = (cases: DrillCase[], findings: Findings) => tally(cases, [], findings, T0).at(-1)!;

describe('the drill tally', () => {
  it('finds nothing lost or twice when each answered event is on the topic and in the read model once', () => {
    const cases = [answeredCase(0, T0), answeredCase(1, T0 + 500)];
    const copies = [...events('c-0'), ...events('c-1')];
    expect(whole(cases, { published: copies, stored: copies })).toMatchObject({
      sent: 6,
      answered: 6,
      retried: 0,
      lost: 0,
      duplicatedInKafka: 0,
      forkedInKafka: 0,
      duplicatedInReadModel: 0,
    });
  });

  it('counts an answered command whose event the read model lacks as lost', () => {
    const copies = events('c-0');
    expect(whole([answeredCase(0, T0)], { published: copies, stored: copies.slice(0, 2) }).lost).toBe(1);
  });

  it('tells a republished event (same id) from a command run twice (another id at the same sequence)', () => {
    const copies = events('c-0');
    const republished = [...copies, copies[1]!];
    expect(whole([answeredCase(0, T0)], { published: republished, stored: copies })).toMatchObject({
      duplicatedInKafka: 1,
      forkedInKafka: 0,
    });
    const forked = [...copies, { ...copies[1]!, eventId: 'another' }];
    expect(whole([answeredCase(0, T0)], { published: forked, stored: copies })).toMatchObject({ duplicatedInKafka: 0, forkedInKafka: 1 });
  });

  it('counts a step applied twice in the read model', () => {
    const copies = events('c-0');
    const twice = [...copies, { caseId: 'c-0', sequence: 4, eventId: 'again', type: 'EmailRequestAssigned' }];
    expect(whole([answeredCase(0, T0)], { published: copies, stored: twice }).duplicatedInReadModel).toBe(1);
  });

  it('counts retries, 500s and commands never answered', () => {
    const drillCase = answeredCase(0, T0);
    drillCase.commands[1]!.attempts.unshift(
      { sentAt: T0, answeredAt: T0 + 5, status: 500 },
      { sentAt: T0 + 10, answeredAt: T0 + 20, status: 503 },
    );
    const unanswered: CommandRecord = { step: 'receive', key: 'k', attempts: [{ sentAt: T0, answeredAt: T0 + 1, status: 'no-answer' }] };
    const copies = events('c-0');
    const row = whole([drillCase, { index: 1, commands: [unanswered] }], { published: copies, stored: copies });
    expect(row).toMatchObject({ sent: 4, answered: 3, retried: 2, answered500: 1, unanswered: 1 });
  });

  it("gives a fault's window the commands first sent from its injection to its recovery and settling", () => {
    const before = answeredCase(0, T0);
    const during = answeredCase(1, T0 + 20_000);
    const copies = [...events('c-0'), ...events('c-1')];
    const [window] = tally(
      [before, during],
      [{ kind: 'worker-killed', injectedAt: T0 + 15_000, recoveredAt: T0 + 18_000 }],
      { published: copies, stored: copies },
      T0,
    );
    expect(window).toMatchObject({ fault: 'worker-killed', atSecond: 15, outageSeconds: 3, sent: 3 });
  });
});

describe('the longest stretch without a successful command', () => {
  it('runs from the window start to the first success, between successes, and to the window end', () => {
    expect(longestWithoutSuccess([2_000, 3_000], 0, 10_000)).toBe(7_000);
    expect(longestWithoutSuccess([8_000], 0, 9_000)).toBe(8_000);
    expect(longestWithoutSuccess([], 0, 4_000)).toBe(4_000);
  });
});

describe('percentile', () => {
  it('is the nearest rank', () => {
    const hundred = Array.from({ length: 100 }, (_, index) => index + 1);
    expect(percentile(hundred, 99)).toBe(99);
    expect(percentile([5], 99)).toBe(5);
    expect(percentile([], 99)).toBe(0);
  });
});

describe('the cases whose read model is not their topic', () => {
  it('finds none when every case holds each of its events once, from sequence 1', () => {
    const copies = [...events('c-0'), ...events('c-1')];
    expect(incompleteCases({ published: copies, stored: copies })).toEqual([]);
  });

  it('names a case missing an event, holding one twice, or whose topic skips a sequence', () => {
    const [received, assigned, answered] = [0, 1, 2].map((index) => events('c-0')[index]!);
    expect(incompleteCases({ published: events('c-0'), stored: [received!, answered!] })).toEqual(['c-0']);
    expect(incompleteCases({ published: events('c-0'), stored: [...events('c-0'), assigned!] })).toEqual(['c-0']);
    expect(incompleteCases({ published: [received!, answered!], stored: [received!, answered!] })).toEqual(['c-0']);
    expect(incompleteCases({ published: [received!], stored: [received!, assigned!] })).toEqual(['c-0']);
  });

  it('finds a step whose case recorded a deadline before the answer was sent, at another sequence than the answer named', () => {
    const copies = events('c-0');
    const breachFirst = [
      copies[0]!,
      { ...copies[1]!, sequence: 3 },
      { caseId: 'c-0', sequence: 2, eventId: 'b', type: 'ServiceStandardBreached' },
    ];
    const withAnswer = [...breachFirst, { ...copies[2]!, sequence: 4 }];
    expect(whole([answeredCase(0, T0)], { published: withAnswer, stored: withAnswer })).toMatchObject({
      lost: 0,
      duplicatedInReadModel: 0,
    });
  });
});
