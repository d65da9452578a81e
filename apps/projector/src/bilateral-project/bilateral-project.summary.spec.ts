import { BILATERAL_PROJECT_SCHEMA_VERSIONS } from '@entente/contracts';
import type { BilateralProjectEvent, BilateralProjectState } from '@entente/domain';
import {
  abandoned,
  breached,
  DEPLOYED_AT,
  deployed,
  END_RECORDED,
  NEGOTIATING,
  NOTIFIED_AT,
  refused,
  SUBMITTED,
  SUBMITTED_AT,
  supported,
  SUPPORTING,
  UNDER_ANALYSIS,
} from '../../../../libs/domain/src/bilateral-project/bilateral-project.fixtures';
import { summaryAfter } from '../testing/case-summaries';
import { BILATERAL_PROJECT_SUMMARY } from './bilateral-project.summary';

const summarized = (events: BilateralProjectEvent[]) => summaryAfter('bilateral-project', BILATERAL_PROJECT_SCHEMA_VERSIONS, events);

const escalated: BilateralProjectEvent = {
  type: 'ServiceStandardBreachEscalated',
  data: {
    standardId: 'bilateral-project-analysis-result',
    standardVersion: 1,
    dueAt: '2026-04-20T21:00:00.000Z',
    escalatedAt: '2026-04-27T21:00:00.000Z',
    escalatedTo: 'director',
  },
};

describe('a bilateral project in the work queue', () => {
  it('reads as its title, partner government and institution, with no clock before negotiations end', () => {
    expect(summarized(NEGOTIATING)).toMatchObject({
      caseType: 'bilateral-project',
      status: 'negotiating',
      assignee: 'olivier',
      subject: 'Trainer exchange in sustainable forest management (Free State of Bavaria)',
      senderAddress: 'genevieve.bouchard@cstfelicien.qc.ca',
      senderName: 'Cégep de Saint-Félicien',
      receivedAt: new Date(SUBMITTED_AT),
      dueAt: null,
      clockState: null,
      answeredAt: null,
      endedAt: null,
      outcome: null,
    });
  });

  it('shows the fifteen-working-day analysis clock once negotiations end, its breach escalated one level, then another', () => {
    expect(summarized(UNDER_ANALYSIS)).toMatchObject({
      status: 'under-analysis',
      standardId: 'bilateral-project-analysis-result',
      warnAt: new Date('2026-04-15T21:00:00.000Z'),
      dueAt: new Date('2026-04-20T21:00:00.000Z'),
      clockState: 'running',
      escalatedTo: null,
    });
    expect(summarized([...UNDER_ANALYSIS, breached])).toMatchObject({ clockState: 'breached', escalatedTo: 'supervisor' });
    expect(summarized([...UNDER_ANALYSIS, breached, escalated])).toMatchObject({ clockState: 'breached', escalatedTo: 'director' });
  });

  it('is answered by the analysis result and closes once deployed', () => {
    expect(summarized(SUPPORTING)).toMatchObject({
      status: 'supporting-deployment',
      clockState: 'met',
      answeredAt: new Date(NOTIFIED_AT),
      endedAt: null,
      outcome: null,
    });
    expect(summarized([...SUPPORTING, supported, deployed])).toMatchObject({
      status: 'deployed',
      endedAt: new Date(DEPLOYED_AT),
      outcome: 'completed',
    });
  });

  it('closes when the analysis refuses it, or when negotiations are abandoned', () => {
    expect(summarized([...UNDER_ANALYSIS, refused])).toMatchObject({
      status: 'refused',
      answeredAt: new Date(NOTIFIED_AT),
      endedAt: new Date(NOTIFIED_AT),
      outcome: 'refused',
    });
    const row = summarized([...NEGOTIATING, abandoned]);
    expect(row).toMatchObject({
      status: 'abandoned',
      clockState: null,
      answeredAt: null,
      endedAt: new Date(END_RECORDED),
      outcome: 'cancelled',
    });
    expect(BILATERAL_PROJECT_SUMMARY.traits.clocks(row!.state as BilateralProjectState)).toEqual([]);
  });

  it('has no row until it is submitted', () => {
    expect(BILATERAL_PROJECT_SUMMARY.traits.isOpened({ status: 'none' })).toBe(false);
    expect(() => summarized([SUBMITTED[1]!])).toThrow('BilateralProjectAssigned (sequence 1) before its opening event');
  });
});
