import { GENESIS, seal } from '@entente/contracts';
import { caseExportCsv, CaseExport, CHAIN_ALGORITHM } from './export-case.use-case';

describe('a case history as CSV', () => {
  const caseId = '7c1f6a52-3f0e-4c57-9d7e-2a3b4c5d6e7f';
  const events = seal(
    GENESIS,
    [
      { type: 'ComplaintReceived', data: { subject: 'Délai, "urgent", stage' } },
      { type: 'ComplaintAssigned', data: { officerId: 'olivier' } },
    ].map((e, i) => ({
      ...e,
      caseId,
      caseType: 'complaint' as const,
      schemaVersion: 1,
      occurredAt: `2026-11-2${3 + i}T15:00:00.000Z`,
      actor: { id: 'ines', role: 'intake-officer' as const },
      correlationId: 'c',
    })),
  );
  const history = (firstBreak: CaseExport['proof']['firstBreak']): CaseExport => ({
    caseId,
    caseType: 'complaint',
    exportedAt: '2026-11-30T12:00:00.000Z',
    proof: {
      algorithm: CHAIN_ALGORITHM,
      events: 2,
      head: { sequence: 2, hash: events[1]!.hash },
      verified: firstBreak === null,
      firstBreak,
    },
    events,
  });

  it('quotes fields that hold commas or quotes, and links each row to the one before', () => {
    const [header, first, second] = caseExportCsv(history(null)).split('\r\n');
    expect(header).toBe(
      'sequence,event_id,type,schema_version,occurred_at,actor_id,actor_role,correlation_id,data,previous_hash,hash,chain',
    );
    expect(first).toBe(
      `1,${caseId}:1,ComplaintReceived,1,2026-11-23T15:00:00.000Z,ines,intake-officer,c,"{""subject"":""Délai, \\""urgent\\"", stage""}",,${events[0]!.hash},verified`,
    );
    expect(second).toBe(
      `2,${caseId}:2,ComplaintAssigned,1,2026-11-24T15:00:00.000Z,ines,intake-officer,c,"{""officerId"":""olivier""}",${events[0]!.hash},${events[1]!.hash},verified`,
    );
  });

  it('names the first event that fails, and marks the ones after it', () => {
    const rows = caseExportCsv(history({ eventId: `${caseId}:1`, reason: 'hash does not match the content' }))
      .trimEnd()
      .split('\r\n');
    expect(rows.map((row) => row.split(',').at(-1))).toEqual(['chain', 'hash does not match the content', 'after a break']);
  });
});
