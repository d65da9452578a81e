import { fold } from '../shared/decider';
import { telephoneInquiryDecider as decider } from './telephone-inquiry.decider';
import type { TelephoneInquiryEvent } from './telephone-inquiry.events';
import { CORRECTED_AT, recorded, referredToBureau } from './telephone-inquiry.fixtures';
import { isTelephoneInquiryOpen, type TelephoneInquiry, type TelephoneInquiryState } from './telephone-inquiry.state';

const corrected: TelephoneInquiryEvent = {
  type: 'TelephoneInquiryCorrected',
  data: {
    subject: 'Premier-led mission to Mexico',
    outcome: referredToBureau,
    answeredAtOnce: false,
    reason: 'The caller was referred.',
    correctedBy: 'sophie',
    correctedAt: CORRECTED_AT,
  },
};

const stateAfter = (events: TelephoneInquiryEvent[]) => fold(decider, events) as TelephoneInquiry;

describe('evolveTelephoneInquiry', () => {
  it('starts with no case', () => {
    expect(decider.initialState()).toEqual({ status: 'none' });
  });

  it('a recorded call is closed at once, answered at once', () => {
    const state = stateAfter([recorded]);
    expect(state).toMatchObject({ status: 'closed', caseId: 'call-2026-06-23-014', answeredAtOnce: true, corrections: [] });
    expect(isTelephoneInquiryOpen(state)).toBe(false);
  });

  it('a correction replaces the subject and outcome and is kept', () => {
    const state = stateAfter([recorded, corrected]);
    expect(state).toMatchObject({
      subject: 'Premier-led mission to Mexico',
      outcome: referredToBureau,
      answeredAtOnce: false,
      calledAt: recorded.data.calledAt,
      corrections: [{ reason: 'The caller was referred.', correctedBy: 'sophie', correctedAt: CORRECTED_AT }],
    });
  });

  it('is total: a correction without a call, or an unknown event, changes nothing', () => {
    const none: TelephoneInquiryState = { status: 'none' };
    expect(decider.evolve(none, corrected)).toBe(none);
    const state = stateAfter([recorded]);
    expect(decider.evolve(state, { type: 'TelephoneInquiryShredded', data: {} } as never)).toBe(state);
  });

  it('does not mutate the previous state', () => {
    const state = stateAfter([recorded]);
    const snapshot = JSON.stringify(state);
    decider.evolve(state, corrected);
    expect(JSON.stringify(state)).toBe(snapshot);
  });
});
