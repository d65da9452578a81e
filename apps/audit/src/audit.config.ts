import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Env, enginesConfig, text } from '@entente/platform';
import { projectorConfig } from '@entente/projector';
import type { ReportSubject } from './report/verification-report';

/** The auditors' tools read the same variables as the apps they audit, plus three of their own. */
export function auditConfig(env: Env) {
  const projector = projectorConfig(env);
  const engines = enginesConfig(env);
  const recorded = text(env, 'AUDIT_RECORDED_HISTORIES', join(__dirname, '../../../test/workflows/histories'));
  return {
    projector,
    engines,
    /** Histories kept with the code; skipped where the checkout has none. */
    recordedHistories: existsSync(recorded) ? recorded : undefined,
    /** A Temporal visibility query for the live workflows to replay; empty means all. */
    replayQuery: text(env, 'AUDIT_REPLAY_QUERY', '') || undefined,
    reportDirectory: resolve(text(env, 'AUDIT_REPORT_DIR', 'audit-reports')),
    subject: {
      database: withoutPassword(projector.databaseUrl),
      schema: projector.databaseSchema,
      topics: projector.topics,
      temporal: `${engines.temporalAddress} (namespace ${engines.temporalNamespace})`,
    } satisfies ReportSubject,
  };
}

function withoutPassword(url: string): string {
  const parsed = new URL(url);
  parsed.password = '';
  return parsed.toString();
}
