import { TELEPHONE_INQUIRY_SCHEMA_VERSIONS } from '@entente/contracts';
import type { TelephoneInquiryEvent, TelephoneInquiryState } from '@entente/domain';
import { CALLED_AT, recorded, referredToBureau } from '../../../../libs/domain/src/telephone-inquiry/telephone-inquiry.fixtures';
import { summaryAfter } from '../testing/case-summaries';
import { TELEPHONE_INQUIRY_SUMMARY } from './telephone-inquiry.summary';

const summarized = (events: TelephoneInquiryEvent[]) => summaryAfter('telephone-inquiry', TELEPHONE_INQUIRY_SCHEMA_VERSIONS, events);

describe('a telephone inquiry in the work queue', () => {
  it('reads as the caller and subject, answered and ended at the call, with no clock', () => {
    expect(summarized([recorded])).toMatchObject({
      caseType: 'telephone-inquiry',
      status: 'answered-at-once',
      assignee: null,
      subject: 'Québec Without Borders: how to take part in a stay abroad',
      senderAddress: '418 555-0142',
      senderName: 'Léa Bouchard',
      receivedAt: new Date(CALLED_AT),
      warnAt: null,
      dueAt: null,
      clockState: null,
      standardId: null,
      standardVersion: null,
      escalatedTo: null,
      answeredAt: new Date(CALLED_AT),
      endedAt: new Date(CALLED_AT),
      outcome: 'answered',
    });
  });

  it('is referred, so not answered, yet ended at the call', () => {
    const referred: TelephoneInquiryEvent = { ...recorded, data: { ...recorded.data, outcome: referredToBureau, answeredAtOnce: false } };
    expect(summarized([referred])).toMatchObject({ status: 'referred', answeredAt: null });
    expect(summarized([referred])).toMatchObject({ endedAt: new Date(CALLED_AT), outcome: 'referred' });
  });

  it('has no row before the call is recorded, and never a clock', () => {
    const { traits } = TELEPHONE_INQUIRY_SUMMARY;
    expect(traits.isOpened({ status: 'none' })).toBe(false);
    const state = summarized([recorded])!.state as TelephoneInquiryState;
    expect(traits.isOpened(state)).toBe(true);
    expect(traits.clocks(state)).toEqual([]);
  });
});
