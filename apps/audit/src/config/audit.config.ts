import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { configClass, KEY_ENCRYPTION_SETTINGS, port, setting, TEMPORAL_SETTINGS, text } from '@entente/platform';
import { PROJECTOR_SETTINGS } from '@entente/projector';
import type { ReportSubject } from '../report/verification-report';

/** The auditors' tools read the same variables as the apps they audit, plus three of their own. */
const AUDIT_SETTINGS = {
  ...PROJECTOR_SETTINGS,
  ...TEMPORAL_SETTINGS,
  /** The live histories' payloads are sealed with the cases' keys, which this key unwraps. */
  ...KEY_ENCRYPTION_SETTINGS,
  /** Histories kept with the code; skipped where the checkout has none. */
  recordedHistories: setting('AUDIT_RECORDED_HISTORIES', join(__dirname, '../../../../test/workflows/histories'), (path) =>
    existsSync(path) ? path : undefined,
  ),
  /** A Temporal visibility query for the live workflows to replay; empty means all. */
  replayQuery: setting('AUDIT_REPLAY_QUERY', '', (query) => query || undefined),
  reportDirectory: setting('AUDIT_REPORT_DIR', 'audit-reports', (directory) => resolve(directory)),
  /** The API that the commands reading cases and the journal call. */
  apiUrl: text('AUDIT_API_URL', 'http://127.0.0.1:3000'),
  /** The auditor's own bearer token for those commands (the API knows who asked); none: they refuse to run. */
  apiToken: setting('AUDIT_API_TOKEN', '', (token) => token || undefined),
  /** Where a rebuild serves its progress as metrics while it runs (`/metrics`, loopback); 0: nowhere. */
  metricsPort: port('AUDIT_METRICS_PORT', 0, { anyFree: true }),
};

export class AuditConfig extends configClass(AUDIT_SETTINGS) {
  /** What a report says it checked: the database without its password. */
  get subject(): ReportSubject {
    return {
      database: withoutPassword(this.databaseUrl),
      schema: this.databaseSchema,
      topics: this.topics,
      temporal: `${this.temporalAddress} (namespace ${this.temporalNamespace})`,
    };
  }
}

function withoutPassword(url: string): string {
  const parsed = new URL(url);
  parsed.password = '';
  return parsed.toString();
}
