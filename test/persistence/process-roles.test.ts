import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { PROCESS_ROLES, runMigrations, type ProcessRole } from '@entente/persistence';
import { connectionUrlOf, enginesConfig } from '@entente/platform';
import { ApiConfig } from '../../apps/api/src';
import { ConsoleConfig } from '../../apps/console/src/config/console.config';
import { NotifierConfig } from '../../apps/notifier/src';
import { ProjectorConfig } from '../../apps/projector/src/config/projector.config';
import { WorkerConfig } from '../../apps/worker/src';

// Each process connects as its own role (docs/architecture.md#postgresql-roles). Here each role,
// with the credentials its process is configured with, tries what it must not do on a schema
// migrated as the tests and deployments migrate it; PostgreSQL itself must refuse.

const { databaseUrl } = enginesConfig();
const schema = `t_roles_${randomUUID().slice(0, 8)}`;
const CONNECTIONS: Readonly<Record<ProcessRole, string>> = {
  api: connectionUrlOf(new ApiConfig(process.env)),
  projector: connectionUrlOf(new ProjectorConfig(process.env)),
  worker: connectionUrlOf(new WorkerConfig(process.env)),
  console: connectionUrlOf(new ConsoleConfig(process.env)),
  notifier: connectionUrlOf(new NotifierConfig(process.env)),
};

const EVENT_COLUMNS = `case_id, sequence, event_id, case_type, type, schema_version, occurred_at, actor_id, actor_role,
  correlation_id, data, hash, topic, partition, kafka_offset`;
const eventValues = (caseId: string) =>
  `'${caseId}', 1, '${caseId}:1', 'email-request', 'EmailRequestReceived', 1, now(), 'a', 'intake-officer', 'k', '{}', 'h', 't', 0, 0`;
const JOURNAL_ENTRY = `INSERT INTO access_journal (subject, role, case_id, route, fields_shown, correlation_id)
  VALUES ('alice', 'supervisor', 'c-1', 'GET /cases/:caseId', '["senderName"]', 'k')`;

const STATEMENTS = {
  insertEvent: `INSERT INTO case_event (${EVENT_COLUMNS}) VALUES (${eventValues('c-2')})`,
  updateEvent: `UPDATE case_event SET data = '{"forged":true}'`,
  deleteEvent: 'DELETE FROM case_event',
  truncateEvent: 'TRUNCATE case_event',
  readEvent: 'SELECT count(*) FROM case_event',
  insertSummary: `INSERT INTO case_summary (case_id, case_type, status, subject, received_at, state, last_sequence, last_event_at)
    VALUES ('c-2', 'email-request', 'received', 's', now(), '{}', 1, now())`,
  updateSummary: `UPDATE case_summary SET status = 'closed'`,
  deleteSummary: 'DELETE FROM case_summary',
  updateClock: `UPDATE service_clock SET state = 'met'`,
  updateCheckpoint: 'UPDATE projection_checkpoint SET next_offset = 0',
  readJournal: 'SELECT count(*) FROM access_journal',
  writeJournal: JOURNAL_ENTRY,
  backdateJournal: `INSERT INTO access_journal (read_at, subject, role, case_id, route, fields_shown, correlation_id)
    VALUES ('2000-01-01', 'alice', 'supervisor', 'c-1', 'r', '[]', 'k')`,
  updateJournal: `UPDATE access_journal SET subject = 'someone else'`,
  deleteJournal: 'DELETE FROM access_journal',
  truncateJournal: 'TRUNCATE access_journal',
  readStandards: 'SELECT count(*) FROM service_standard_version',
  publishCalendar: `INSERT INTO calendar_version (calendar_id, version, definition, reason, published_at, published_by)
    VALUES ('qc', 99, '{}', 'r', now(), 'admin')`,
  readKey: 'SELECT count(*) FROM case_data_key',
  createKey: `INSERT INTO case_data_key (case_id, wrapped_key) VALUES ('c-3', '\\x00')`,
  replaceKey: `UPDATE case_data_key SET wrapped_key = '\\x01'`,
  destroyKey: 'DELETE FROM case_data_key',
  createTable: 'CREATE TABLE intruder (x int)',
  dropEvents: 'DROP TABLE case_event',
  placeHold: `INSERT INTO legal_hold (case_id, kind, reason, placed_by, placed_at) VALUES ('c-1', 'access-request', 'r', 'p', now())`,
  liftHold: `UPDATE legal_hold SET lifted_by = 'p', lifted_reason = 'r', lifted_at = now()`,
  deleteHold: 'DELETE FROM legal_hold',
  readHolds: 'SELECT count(*) FROM legal_hold',
  indexPerson: `INSERT INTO person_index (case_id, kind, digest, case_type) VALUES ('c-1', 'email', 'd', 'email-request')`,
  readIndex: 'SELECT count(*) FROM person_index',
  forgetPerson: 'DELETE FROM person_index',
  readSessions: 'SELECT count(*) FROM console_session',
  openSession: `INSERT INTO console_session (id_digest, sealed, expires_at) VALUES ('d', '\\x00', now())`,
  endSessions: 'DELETE FROM console_session',
  readSummary: 'SELECT count(*) FROM case_summary',
  readDirectory: 'SELECT count(*) FROM staff_contact',
  writeDirectory: `INSERT INTO staff_contact (id, name, email, role, teams, language, delivery) VALUES ('x', 'x', 'x@x', 'supervisor', '{}', 'fr', 'immediate')`,
  oweMessage: `INSERT INTO notification_outbox (event_id, recipient_id, case_id, case_type, kind, immediate, message_id) VALUES ('e', 'r', 'c-1', 'email-request', 'breach', true, '<m>')`,
  markSent: 'UPDATE notification_outbox SET sent_at = now()',
  dropMessage: 'DELETE FROM notification_outbox',
  // What the projector set aside may hold personal information as received: only it reads it.
  readQuarantine: 'SELECT count(*) FROM projection_quarantine',
  setAside: `INSERT INTO projection_quarantine (projection, topic, partition, kafka_offset, reason, quarantined_at) VALUES ('p', 't', 0, 0, 'r', now())`,
  rewriteQuarantine: `UPDATE projection_quarantine SET reason = 'nothing'`,
  clearQuarantine: 'DELETE FROM projection_quarantine',
};
type Statement = keyof typeof STATEMENTS;

/** Runs one statement as a role, in a transaction rolled back: what it may do, nothing it leaves. */
async function attempt(role: ProcessRole, statement: Statement): Promise<'allowed' | 'refused'> {
  const client = new Client({ connectionString: CONNECTIONS[role] });
  await client.connect();
  try {
    await client.query(`SET search_path TO "${schema}"`);
    await client.query('BEGIN');
    await client.query(STATEMENTS[statement]);
    return 'allowed';
  } catch (error) {
    const { code } = error as { code?: string };
    if (code === '42501') return 'refused'; // insufficient_privilege
    throw error;
  } finally {
    await client.query('ROLLBACK').catch(() => undefined);
    await client.end();
  }
}

const owner = new Client({ connectionString: databaseUrl });

beforeAll(async () => {
  await runMigrations(databaseUrl, schema);
  await owner.connect();
  await owner.query(`SET search_path TO "${schema}"`);
  await owner.query(`INSERT INTO case_event (${EVENT_COLUMNS}) VALUES (${eventValues('c-1')})`);
  await owner.query(JOURNAL_ENTRY);
});

afterAll(async () => {
  await owner.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  await owner.end();
});

describe('PostgreSQL roles', () => {
  it.each<[ProcessRole, Statement[]]>([
    [
      'api',
      [
        'insertEvent',
        'updateEvent',
        'deleteEvent',
        'truncateEvent',
        'insertSummary',
        'updateSummary',
        'deleteSummary',
        'updateClock',
        'updateCheckpoint',
        'backdateJournal',
        'updateJournal',
        'deleteJournal',
        'truncateJournal',
        'replaceKey',
        'destroyKey',
        'deleteHold',
        'indexPerson',
        'forgetPerson',
        'createTable',
        'dropEvents',
        'readSessions',
        'readQuarantine',
      ],
    ],
    [
      'projector',
      [
        'updateEvent',
        'deleteEvent',
        'truncateEvent',
        'deleteSummary',
        'readJournal',
        'writeJournal',
        'updateJournal',
        'deleteJournal',
        'truncateJournal',
        'publishCalendar',
        'readKey',
        'createKey',
        'replaceKey',
        'destroyKey',
        'readHolds',
        'placeHold',
        'readIndex',
        'createTable',
        'dropEvents',
        'readSessions',
        'rewriteQuarantine',
      ],
    ],
    [
      'worker',
      [
        'insertEvent',
        'insertSummary',
        'updateSummary',
        'updateClock',
        'readJournal',
        'writeJournal',
        'publishCalendar',
        'replaceKey',
        'placeHold',
        'liftHold',
        'deleteHold',
        'createTable',
        'dropEvents',
        'readSessions',
        'readQuarantine',
      ],
    ],
    [
      'console',
      [
        'readEvent',
        'insertSummary',
        'updateClock',
        'readJournal',
        'readStandards',
        'publishCalendar',
        'readKey',
        'readHolds',
        'readIndex',
        'createTable',
        'dropEvents',
        'readQuarantine',
      ],
    ],
    [
      'notifier',
      [
        'readEvent',
        'readSummary',
        'readJournal',
        'createKey',
        'destroyKey',
        'readIndex',
        'readSessions',
        'writeDirectory',
        'dropMessage',
        'createTable',
        'dropEvents',
        'readQuarantine',
      ],
    ],
  ])('refuses the %s role what its process must not do', async (role, refused) => {
    const outcomes = await Promise.all(refused.map(async (statement) => [statement, await attempt(role, statement)] as const));
    expect(outcomes.filter(([, outcome]) => outcome !== 'refused')).toEqual([]);
  });

  it.each<[ProcessRole, Statement[]]>([
    [
      'api',
      [
        'readEvent',
        'readJournal',
        'writeJournal',
        'readStandards',
        'publishCalendar',
        'readKey',
        'createKey',
        // Administrators keep the staff directory through the API.
        'writeDirectory',
        'placeHold',
        'liftHold',
        'readHolds',
      ],
    ],
    [
      'projector',
      [
        'insertEvent',
        'readEvent',
        'insertSummary',
        'updateSummary',
        'updateClock',
        'updateCheckpoint',
        'readQuarantine',
        'setAside',
        'clearQuarantine',
      ],
    ],
    // The worker gathers the daily digests in the notifier's outbox.
    [
      'worker',
      [
        'readStandards',
        'readKey',
        'createKey',
        'destroyKey',
        'readHolds',
        'readEvent',
        'indexPerson',
        'forgetPerson',
        'oweMessage',
        'markSent',
      ],
    ],
    ['console', ['readSessions', 'openSession', 'endSessions']],
    // It reads the case keys to open the participants' addresses their events carry, sealed.
    ['notifier', ['readDirectory', 'oweMessage', 'markSent', 'readKey']],
  ])('lets the %s role do what its process needs', async (role, allowed) => {
    const outcomes = await Promise.all(allowed.map(async (statement) => [statement, await attempt(role, statement)] as const));
    expect(outcomes.filter(([, outcome]) => outcome !== 'allowed')).toEqual([]);
  });

  it('gives the roles names of their own, none of them the owner of the tables', () => {
    expect(Object.values(PROCESS_ROLES)).toEqual([
      'entente_api',
      'entente_projector',
      'entente_worker',
      'entente_console',
      'entente_notifier',
    ]);
    expect(Object.values(CONNECTIONS).map((url) => new URL(url).username)).toEqual(Object.values(PROCESS_ROLES));
    expect(new URL(databaseUrl).username).not.toMatch(/^entente_/);
  });
});
