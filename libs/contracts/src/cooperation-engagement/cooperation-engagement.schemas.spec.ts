import { upcastWith } from '../upcasting';
import {
  COOPERATION_ENGAGEMENT_FACT_INSTANTS,
  COOPERATION_ENGAGEMENT_SCHEMA_VERSIONS,
  COOPERATION_ENGAGEMENT_UPCASTERS,
} from './cooperation-engagement.schemas';

describe('cooperation engagement events stored at schema 1', () => {
  const upcast = upcastWith(COOPERATION_ENGAGEMENT_UPCASTERS);
  const stored = (type: string, data: object) => ({ type, schemaVersion: 1, data }) as never;

  it('read a stated fact as happened when it was recorded, each at the current schema', () => {
    const recorded = { recordedBy: 'sjobert', recordedAt: '2026-01-20T15:00:00.000Z' };
    expect(upcast(stored('NeedsRecorded', { description: 'Clerks', sectors: [2], ...recorded }))).toMatchObject({
      schemaVersion: COOPERATION_ENGAGEMENT_SCHEMA_VERSIONS.NeedsRecorded,
      data: { assessedAt: recorded.recordedAt, ...recorded },
    });
    expect(upcast(stored('EngagementDeclined', { reason: 'No', ...recorded })).data).toEqual({
      reason: 'No',
      decidedAt: recorded.recordedAt,
      ...recorded,
    });
  });

  it('upcast every event that gained its instant, and no other', () => {
    for (const type of Object.keys(COOPERATION_ENGAGEMENT_FACT_INSTANTS)) {
      expect(COOPERATION_ENGAGEMENT_SCHEMA_VERSIONS[type as keyof typeof COOPERATION_ENGAGEMENT_SCHEMA_VERSIONS]).toBe(2);
    }
    const opened = stored('CooperationEngagementOpened', { caseId: 'c' });
    expect(upcast(opened)).toEqual(opened);
  });
});
