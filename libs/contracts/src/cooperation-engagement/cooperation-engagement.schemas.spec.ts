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

  it('upcast every event that gained its instant, and none that did not change', () => {
    for (const type of Object.keys(COOPERATION_ENGAGEMENT_FACT_INSTANTS)) {
      expect(COOPERATION_ENGAGEMENT_SCHEMA_VERSIONS[type as keyof typeof COOPERATION_ENGAGEMENT_SCHEMA_VERSIONS]).toBe(2);
    }
    const reassigned = stored('CooperationEngagementReassigned', { toCoordinatorId: 'c' });
    expect(upcast(reassigned)).toEqual(reassigned);
  });
});

describe('an engagement opened at schema 1, its partners named as text', () => {
  const upcast = upcastWith(COOPERATION_ENGAGEMENT_UPCASTERS);
  const opened = (requester: object, partnerParliament: object) =>
    upcast({ type: 'CooperationEngagementOpened', schemaVersion: 1, data: { caseId: 'c', requester, partnerParliament } } as never);

  it('reads them against the reference lists, in either language', () => {
    expect(opened({ kind: 'support-organization', name: 'PNUD' }, { name: 'Assemblée nationale du Bénin', country: 'Bénin' })).toEqual({
      type: 'CooperationEngagementOpened',
      schemaVersion: 2,
      data: {
        caseId: 'c',
        requester: { kind: 'support-organization', name: 'PNUD', supportOrganizationId: 'undp' },
        partnerParliament: {
          name: 'Assemblée nationale du Bénin',
          country: 'Bénin',
          parliamentId: 'bj-national-assembly',
          countryCode: 'BJ',
        },
      },
    });
  });

  it('keeps the text no list knows, its ids null', () => {
    expect(opened({ kind: 'partner-parliament', name: 'Grand Conseil' }, { name: 'Grand Conseil', country: 'Atlantis' }).data).toEqual({
      caseId: 'c',
      requester: { kind: 'partner-parliament', name: 'Grand Conseil', supportOrganizationId: null },
      partnerParliament: { name: 'Grand Conseil', country: 'Atlantis', parliamentId: null, countryCode: null },
    });
  });
});
