import type { CaseSummaryEntity } from '@entente/persistence';
import { Step, steps } from '../../apps/projector/src/testing/email-request.fixtures';

export interface Story {
  readonly steps: (caseId: string) => Step[];
  /** Where the case's summary ends once all five events are applied. */
  readonly ends: Partial<CaseSummaryEntity>;
}

/** Four five-event e-mail requests, one per way a case can end up. */
export const STORIES: readonly Story[] = [
  {
    steps: (id) => [
      steps.received(id),
      steps.assigned('officer-a'),
      steps.warned('officer-a'),
      steps.reassigned('officer-a', 'officer-b'),
      steps.answered('officer-b', '2026-11-27T15:00:00.000Z', 'met'),
    ],
    ends: { status: 'answered', assignee: 'officer-b', clockState: 'met', escalatedTo: null },
  },
  {
    steps: (id) => [
      steps.received(id),
      steps.assigned('officer-a'),
      steps.warned('officer-a'),
      steps.breached(),
      steps.answered('officer-a', '2026-11-30T14:00:00.000Z', 'late'),
    ],
    ends: { status: 'answered', assignee: 'officer-a', clockState: 'late', escalatedTo: 'supervisor' },
  },
  {
    steps: (id) => [
      steps.received(id),
      steps.assigned('officer-a'),
      steps.reassigned('officer-a', 'officer-b'),
      steps.warned('officer-b'),
      steps.closedAsDuplicate('officer-b', `${id}-first`, '2026-11-27T14:00:00.000Z'),
    ],
    ends: { status: 'closed', assignee: 'officer-b', clockState: 'cancelled', escalatedTo: null },
  },
  {
    steps: (id) => [
      steps.received(id),
      steps.assigned('officer-a'),
      steps.warned('officer-a'),
      steps.breached(),
      steps.reassigned('officer-a', 'officer-b', '2026-11-30T13:00:00.000Z'),
    ],
    ends: { status: 'assigned', assignee: 'officer-b', clockState: 'breached', escalatedTo: 'supervisor' },
  },
];
