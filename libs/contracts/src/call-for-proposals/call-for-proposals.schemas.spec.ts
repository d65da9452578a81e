import type { EventEnvelope } from '../envelope';
import { upcastWith } from '../upcasting';
import { CALL_FOR_PROPOSALS_SCHEMA_VERSIONS, CALL_FOR_PROPOSALS_UPCASTERS } from './call-for-proposals.schemas';

const upcast = upcastWith(CALL_FOR_PROPOSALS_UPCASTERS);
const stored = (type: string, data: object): EventEnvelope => ({ type, schemaVersion: 1, data }) as unknown as EventEnvelope;

const decision = (proposalId: string, outcome: 'selected' | 'not-selected', rank: number) => ({
  proposalId,
  organizationId: 'ceci',
  outcome,
  reasons: 'Dans les limites de l’enveloppe du programme.',
  rank,
  score: 90 - rank,
});

describe('call-for-proposals events stored at schema 1', () => {
  it('a conflict recuses from the one proposal it was declared on', () => {
    const data = {
      proposalId: 'p-1',
      evaluatorId: 'odile',
      nature: 'Siège au conseil',
      declaredAt: '2026-06-01T14:00:00.000Z',
      scoreVoided: false,
    };
    const current = upcast(stored('ConflictOfInterestDeclared', data));
    expect(current.schemaVersion).toBe(CALL_FOR_PROPOSALS_SCHEMA_VERSIONS.ConflictOfInterestDeclared);
    expect(current.data).toEqual({ ...data, alsoRecusedFrom: [] });
  });

  it('a decision that followed the ranking reads with no departure', () => {
    const data = {
      decisions: [decision('p-1', 'selected', 1), decision('p-2', 'not-selected', 2)],
      decidedBy: 'denis',
      decidedAt: '2026-06-29T15:00:00.000Z',
    };
    const current = upcast(stored('SelectionDecided', data));
    expect(current.schemaVersion).toBe(CALL_FOR_PROPOSALS_SCHEMA_VERSIONS.SelectionDecided);
    expect(current.data).toEqual({ ...data, departure: null });
  });

  it('a decision that departed from the ranking reads as a departure, with no justification made up', () => {
    const decisions = [decision('p-1', 'selected', 1), decision('p-2', 'not-selected', 2), decision('p-3', 'selected', 3)];
    const data = { decisions, decidedBy: 'denis', decidedAt: '2026-06-29T15:00:00.000Z' };
    expect(upcast(stored('SelectionDecided', data)).data).toEqual({
      ...data,
      departure: { proposalIds: ['p-2', 'p-3'], justification: null },
    });
  });
});

describe('an organization stored at schema 1', () => {
  const organization = { id: 'suco', name: 'SUCO', contactEmail: 'projets@suco.example' };
  const named = { id: 'suco', name: 'SUCO', email: 'projets@suco.example' };

  it.each([
    ['ProposalSubmitted', { proposalId: 'p-1', organization, projectTitle: 'Water in Kara', submittedAt: '2026-03-02T15:00:00.000Z' }],
    ['OrganizationNotified', { organization, outcomes: [], notifiedBy: 'olivier', notifiedAt: '2026-05-02T15:00:00.000Z' }],
  ])('reads %s with its e-mail named email, as every case type names it', (type, data) => {
    const current = upcast(stored(type, data));
    expect(current.schemaVersion).toBe(CALL_FOR_PROPOSALS_SCHEMA_VERSIONS[type as 'ProposalSubmitted']);
    expect(current.data).toMatchObject({ ...data, organization: named });
  });
});

describe('a notification stored at schema 2', () => {
  it('was recorded as it happened: its recording instant is the instant the organization was told', () => {
    const organization = { id: 'suco', name: 'SUCO', email: 'projets@suco.example' };
    const data = { organization, outcomes: [], notifiedBy: 'olivier', notifiedAt: '2026-05-02T15:00:00.000Z' };
    const current = upcast({ ...stored('OrganizationNotified', data), schemaVersion: 2 });
    expect(current).toMatchObject({ schemaVersion: 3, data: { ...data, recordedAt: data.notifiedAt } });
  });
});
