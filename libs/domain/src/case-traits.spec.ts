import { caseAlarmOf, hasOpened } from './case-traits';

describe('a timer alarm as the command it issues', () => {
  it('names the standard of a clock, and nothing for a plain timer', () => {
    const at = '2026-11-26T22:00:00.000Z';
    expect(caseAlarmOf({ type: 'RaiseServiceStandardWarning', standardId: 'complaint', at })).toEqual({
      at,
      type: 'RaiseServiceStandardWarning',
      data: { standardId: 'complaint' },
    });
    expect(caseAlarmOf({ type: 'CloseCallForProposals', at })).toEqual({ at, type: 'CloseCallForProposals', data: {} });
    expect(caseAlarmOf(null)).toBeNull();
  });
});

describe('a case state', () => {
  it('has opened once it is anything but none', () => {
    expect(hasOpened({ status: 'none' })).toBe(false);
    expect(hasOpened({ status: 'received' })).toBe(true);
  });
});
