import { reportMarkdown } from './report-markdown';
import { ReportChecks, verificationReport } from './verification-report';

describe('the verification report', () => {
  const subject = {
    database: 'postgres://entente@127.0.0.1:54329/entente',
    schema: 'public',
    topics: ['entente.complaint.events'],
    temporal: '127.0.0.1:7233 (namespace default)',
  };
  const table = (name: string, differences = 0) => ({
    table: name,
    live: { rows: 3, checksum: 'a'.repeat(64) },
    rebuilt: { rows: 3, checksum: differences ? 'b'.repeat(64) : 'a'.repeat(64) },
    differences,
    samples: differences ? [{ key: { case_id: 'c-1' }, kind: 'differs' as const, columns: ['status'] }] : [],
  });
  const checks = ({ broken = false, differing = false, nondeterministic = false } = {}): ReportChecks => ({
    verifyLog: () =>
      Promise.resolve({
        cases: 3,
        events: 12,
        verified: !broken,
        breaks: broken ? [{ caseId: 'c-1', eventId: 'c-1:2', reason: 'hash does not match the content' }] : [],
      }),
    rebuildAndCompare: () =>
      Promise.resolve({
        rebuild: { schema: 'rebuild_20261123_150405_ab12', messages: 12, events: 12, seconds: 1.5, eventsPerSecond: 8 },
        comparison: {
          identical: !differing,
          positions: { 'entente.complaint.events#0': '12' },
          tables: [table('case_summary', differing ? 1 : 0)],
        },
        retired: null,
      }),
    replayWorkflows: () =>
      Promise.resolve({
        recorded: 16,
        live: 3,
        erased: 0,
        failures: nondeterministic ? [{ workflowId: 'complaint/c-1', error: 'Nondeterminism' }] : [],
        replayed: !nondeterministic,
      }),
  });
  const at = () => new Date('2026-11-23T15:04:05.000Z');

  it('passes when the chain holds, the rebuild matches and every workflow replays', async () => {
    const report = await verificationReport(subject, checks(), at);
    expect(report).toMatchObject({ generatedAt: '2026-11-23T15:04:05.000Z', passed: true });
    const markdown = reportMarkdown(report);
    expect(markdown).toContain('# Entente verification report — PASSED');
    expect(markdown).toContain('3 cases, 12 events');
    expect(markdown).toContain(`| case_summary | 3 | 3 | 0 | \`${'a'.repeat(64)}\` | \`${'a'.repeat(64)}\` |`);
    expect(markdown).toContain('16 recorded histories and 3 histories from the Temporal server');
  });

  it.each([
    ['a broken chain', { broken: true }, '- case c-1: event c-1:2: hash does not match the content'],
    ['a differing rebuild', { differing: true }, '- case_summary {"case_id":"c-1"}: differs (status)'],
    ['a workflow that no longer replays', { nondeterministic: true }, '- complaint/c-1: Nondeterminism'],
  ])('fails on %s and says where', async (_, failing, line) => {
    const report = await verificationReport(subject, checks(failing), at);
    expect(report.passed).toBe(false);
    expect(reportMarkdown(report)).toContain(line);
    expect(reportMarkdown(report)).toContain('# Entente verification report — FAILED');
  });
});
