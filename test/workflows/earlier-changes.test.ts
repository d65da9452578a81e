import { randomUUID } from 'node:crypto';
import { Worker } from '@temporalio/worker';
import { emailRequestWorkflow } from '@entente/workflows';
import { caseWorkflowCode } from '@entente/worker';
import { testVerificationKey } from '../support/command-proofs';
import { caseWorkflowsOfTheRun } from '../support/workflow-bundle';
import { timeSkippingCases } from '../support/time-skipping-cases';

// A case begun today takes every change made behind a patch under one patch: one marker and one
// upsert of TemporalChangeVersion in its history, instead of one pair per change. Recorded
// histories of cases begun before replay each change's own patch (replay.test.ts).

const intake = { id: 'ines', role: 'intake-officer' } as const;
const supervisor = { id: 'sam', role: 'supervisor' } as const;
const officer = { id: 'olivier', role: 'case-officer' } as const;
const EMAIL = { sender: { name: 'Awa Diallo', email: 'awa@example.org' }, subject: 'Stage OIG', body: 'Quels sont les critères ?' };

describe('a case begun today meets one patch for every earlier change', () => {
  const cases = timeSkippingCases('email-request', emailRequestWorkflow);
  const { now, handleOf, open, send } = cases;
  beforeAll(() => cases.start());
  afterAll(() => cases.stop());

  it('records one patch marker and one version upsert, and replays as it ran', async () => {
    const caseId = randomUUID();
    await open('ReceiveEmailRequest', intake, { caseId, ...EMAIL, receivedAt: await now() });
    await send(caseId, 'AssignEmailRequest', supervisor, { officerId: officer.id });
    await send(caseId, 'AnswerEmailRequest', officer, { answer: 'Voici les critères.' });
    await handleOf(caseId).result();
    const history = await handleOf(caseId).fetchHistory();
    const events = history.events ?? [];

    const patches = events
      .filter((event) => event.markerRecordedEventAttributes?.markerName === 'core_patch')
      .map((event) => JSON.parse(Buffer.from(event.markerRecordedEventAttributes!.details!['patch-data']!.payloads![0]!.data!).toString()));
    expect(patches).toEqual([{ id: 'every-change-up-to-2026-12-07', deprecated: false }]);
    const versionUpserts = events.filter(
      (event) => event.upsertWorkflowSearchAttributesEventAttributes?.searchAttributes?.indexedFields?.TemporalChangeVersion,
    );
    expect(versionUpserts).toHaveLength(1);

    const code = caseWorkflowCode(testVerificationKey(), caseWorkflowsOfTheRun());
    await expect(Worker.runReplayHistory({ ...code, dataConverter: cases.dataConverter }, history, caseId)).resolves.toBeUndefined();
  });
});
