import { foldCase } from '../case-folds';
import { headOf, seal } from '../envelope';
import { verifyChain } from '../chain-verification';
import { readStoredCase, STORED_V1_EMAIL_REQUEST } from '../testing/stored-email-request';
import { caseOfClosedCaseRecord, closedCaseRecordId } from './case-level-events';
import { PERSONAL_INFORMATION_CORRECTED } from './personal-information-corrected';
import { PERSONAL_INFORMATION_ERASED } from './personal-information-erased';

describe('events recorded beside a case’s decider', () => {
  const { envelopes } = readStoredCase(STORED_V1_EMAIL_REQUEST);
  const last = envelopes.at(-1)!;
  const after = (type: string, data: object) =>
    seal(headOf(envelopes), [
      {
        caseId: last.caseId,
        caseType: last.caseType,
        type,
        schemaVersion: 1,
        occurredAt: '2026-12-01T14:00:00.000Z',
        actor: { id: 'nathalie.pelletier', role: 'privacy-officer' },
        correlationId: 'correction-request-2026-041',
        data,
      },
    ]);

  it('given a closed case, when a correction follows it, then the fold reads the corrected field and the chain verifies', () => {
    const corrected = after(PERSONAL_INFORMATION_CORRECTED, {
      field: 'sender.email',
      correctedValue: 'nadia.benali@exemple.ca',
      reason: 'Correction request 2026-041',
    });
    const history = [...envelopes, ...corrected];
    expect(foldCase('email-request', history)).toMatchObject({
      status: 'answered',
      sender: { name: 'Nadia Benali', email: 'nadia.benali@exemple.ca' },
    });
    expect(foldCase('email-request', envelopes)).toMatchObject({ sender: { email: 'nadia.benali@example.org' } });
    expect(verifyChain(history)).toBeNull();
  });

  it('given a closed case, when an erasure follows it, then the fold is the state as it was', () => {
    const erased = after(PERSONAL_INFORMATION_ERASED, { reason: 'Retention period over' });
    expect(foldCase('email-request', [...envelopes, ...erased])).toEqual(foldCase('email-request', envelopes));
  });

  it('names a closed case’s record after the head it follows, and reads the case back from it', () => {
    const id = closedCaseRecordId('4c32ed58-ed93-42da-90bb-e50c921d72ed', 4);
    expect(id).toBe('closed-case/4c32ed58-ed93-42da-90bb-e50c921d72ed/4');
    expect(caseOfClosedCaseRecord(id)).toBe('4c32ed58-ed93-42da-90bb-e50c921d72ed');
    expect(caseOfClosedCaseRecord('email-request/4c32ed58-ed93-42da-90bb-e50c921d72ed')).toBeUndefined();
    expect(caseOfClosedCaseRecord('erasure/4c32ed58-ed93-42da-90bb-e50c921d72ed')).toBeUndefined();
  });
});
