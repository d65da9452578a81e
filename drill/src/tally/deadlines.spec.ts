import type { DrillCase } from '../load/email-load';
import { deadlineTally } from './deadlines';
import type { EventCopy } from './tally';

/** A case whose opening was answered with `caseId`; late ones were answered after their deadlines. */
const drillCase = (caseId: string, answeredLate: boolean): DrillCase => ({
  index: 0,
  answeredLate,
  commands: [{ step: 'receive', key: caseId, attempts: [{ sentAt: 0, answeredAt: 1, status: 201 }], answer: { caseId, sequence: 1 } }],
});

const deadline = (caseId: string, type: string, eventId = `${caseId}-${type}`): EventCopy => ({ caseId, sequence: 9, eventId, type });
const fired = (caseId: string) => [
  deadline(caseId, 'ServiceStandardWarning'),
  deadline(caseId, 'ServiceStandardBreached'),
  deadline(caseId, 'ServiceStandardBreachEscalated'),
];

describe('the drill’s compressed deadlines', () => {
  it('finds each late case’s breach and escalation once on the topic and once in the read model', () => {
    const events = [...fired('late-1'), ...fired('late-2')];
    const cases = [drillCase('late-1', true), drillCase('late-2', true), drillCase('on-time', false)];
    expect(deadlineTally(cases, { published: events, stored: events })).toEqual({
      lateCases: 2,
      due: 4,
      firedOnce: 4,
      missing: 0,
      firedTwice: 0,
      warnings: 2,
    });
  });

  it('counts a breach that never fired, or never reached the read model, as missing', () => {
    const [warning, breach] = fired('late');
    const tally = deadlineTally([drillCase('late', true)], { published: [warning!, breach!], stored: [warning!] });
    expect(tally).toMatchObject({ due: 2, firedOnce: 0, missing: 2 });
  });

  it('tells a republished deadline (same id) from one fired twice, in any case', () => {
    const events = fired('late');
    const republished = [...events, events[1]!];
    expect(deadlineTally([drillCase('late', true)], { published: republished, stored: events })).toMatchObject({
      firedOnce: 2,
      firedTwice: 0,
    });
    const twice = [deadline('on-time', 'ServiceStandardWarning', 'a'), deadline('on-time', 'ServiceStandardWarning', 'b')];
    expect(deadlineTally([drillCase('on-time', false)], { published: twice, stored: twice.slice(0, 1) })).toMatchObject({ firedTwice: 1 });
    const appliedTwice = [...events, events[2]!];
    expect(deadlineTally([drillCase('late', true)], { published: events, stored: appliedTwice })).toMatchObject({
      firedOnce: 1,
      firedTwice: 1,
    });
  });

  it('lets a late case’s warning be dropped, as one whose timer fires past the due instant is', () => {
    const [, breach, escalation] = fired('late');
    const tally = deadlineTally([drillCase('late', true)], { published: [breach!, escalation!], stored: [breach!, escalation!] });
    expect(tally).toMatchObject({ firedOnce: 2, missing: 0, warnings: 0 });
  });
});
