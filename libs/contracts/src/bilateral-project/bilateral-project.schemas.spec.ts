import { upcastWith } from '../upcasting';
import { BILATERAL_PROJECT_SCHEMA_VERSIONS, BILATERAL_PROJECT_UPCASTERS } from './bilateral-project.schemas';

describe('a bilateral project notification stored at schema 1', () => {
  const upcast = upcastWith(BILATERAL_PROJECT_UPCASTERS);
  const data = { result: 'accepted', conditions: [], notifiedBy: 'olivier', notifiedAt: '2026-04-14T18:00:00.000Z', clockOutcome: 'met' };
  const stored = { type: 'ProjectAnalysisResultNotified', schemaVersion: 1, data };

  it('reads as recorded when it happened: schema 1 took the notification at its recording', () => {
    const current = upcast(stored as never);
    expect(current.schemaVersion).toBe(BILATERAL_PROJECT_SCHEMA_VERSIONS.ProjectAnalysisResultNotified);
    expect(current.data).toEqual({ ...data, recordedAt: data.notifiedAt });
  });

  it('reads a notification at the current schema as it is', () => {
    const current = { ...stored, schemaVersion: 2, data: { ...data, recordedAt: '2026-04-20T13:00:00.000Z' } };
    expect(upcast(current as never)).toEqual(current);
  });
});

describe('a bilateral project submission stored at schema 1', () => {
  const upcast = upcastWith(BILATERAL_PROJECT_UPCASTERS);
  const institution = { name: 'Cégep de Saint-Félicien', contactName: null, contactEmail: 'international@cstfelicien.example' };
  const stored = { type: 'BilateralProjectSubmitted', schemaVersion: 1, data: { caseId: 'p-1', institution, title: 'Forestry training' } };

  it('reads with the institution e-mail named email, as every case type names it', () => {
    const current = upcast(stored as never);
    expect(current.schemaVersion).toBe(BILATERAL_PROJECT_SCHEMA_VERSIONS.BilateralProjectSubmitted);
    expect(current.data).toEqual({
      ...stored.data,
      institution: { name: institution.name, contactName: null, email: institution.contactEmail },
    });
  });
});
