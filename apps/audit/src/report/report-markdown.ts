import type { VerificationReport } from './verification-report';

const verdict = (ok: boolean) => (ok ? 'PASSED' : 'FAILED');

/** The human-readable copy of a report; the JSON beside it holds every figure. */
export function reportMarkdown(report: VerificationReport): string {
  const {
    subject,
    tamperEvidence: chain,
    rebuildAndCompare: { rebuild, comparison },
    workflowReplay: replay,
  } = report;
  return [
    `# Entente verification report — ${verdict(report.passed)}`,
    '',
    `Generated ${report.generatedAt} on ${subject.database} (schema \`${subject.schema}\`), Kafka topics ${subject.topics.map((t) => `\`${t}\``).join(', ')}, Temporal ${subject.temporal}.`,
    '',
    `## 1. Tamper evidence — ${verdict(chain.verified)}`,
    '',
    `${chain.cases} cases, ${chain.events} events: every stored event hashed again and linked to the one before.`,
    ...chain.breaks.map((b) => `- case ${b.caseId}: event ${b.eventId}: ${b.reason}`),
    '',
    `## 2. Rebuild and compare — ${verdict(comparison.identical)}`,
    '',
    `Rebuilt from offset 0 into \`${rebuild.schema}\`: ${rebuild.messages} messages, ${rebuild.events} events in ${rebuild.seconds.toFixed(1)} s (${rebuild.eventsPerSecond} events/s); compared at positions ${Object.entries(
      comparison.positions,
    )
      .map(([p, o]) => `${p}=${o}`)
      .join(', ')}.`,
    '',
    '| table | live rows | rebuilt rows | differences | live checksum (sha256) | rebuilt checksum (sha256) |',
    '|---|---|---|---|---|---|',
    ...comparison.tables.map(
      (t) => `| ${t.table} | ${t.live.rows} | ${t.rebuilt.rows} | ${t.differences} | \`${t.live.checksum}\` | \`${t.rebuilt.checksum}\` |`,
    ),
    ...comparison.tables.flatMap((t) => t.samples.map((d) => `- ${t.table} ${JSON.stringify(d.key)}: ${d.kind} (${d.columns.join(', ')})`)),
    '',
    `## 3. Workflow replay — ${verdict(replay.replayed)}`,
    '',
    `${replay.recorded} recorded histories and ${replay.live} histories from the Temporal server replayed on today's workflow code; ${replay.erased} erased cases' histories left out (their payloads can no longer be opened).`,
    ...replay.failures.map((f) => `- ${f.workflowId}: ${f.error}`),
    '',
  ].join('\n');
}
