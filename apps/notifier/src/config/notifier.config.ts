import { PROCESS_ROLES, SCHEMA_SETTINGS } from '@entente/persistence';
import {
  caseTopicsSetting,
  configClass,
  DATABASE_SETTINGS,
  databaseRoleSettings,
  EVALUATION_LINK_SETTINGS,
  integer,
  KAFKA_SETTINGS,
  KEY_ENCRYPTION_SETTINGS,
  MAIL_SETTINGS,
  oneOf,
  port,
  setting,
  text,
} from '@entente/platform';
import { mailboxAddress } from '../bounces/mailbox-address';
import { NOTIFIER_FAILPOINTS } from '../drill/failpoints';
import { SMTP_TLS_MODES } from '../sending/smtp-transport';

export const NOTIFIER_SETTINGS = {
  ...DATABASE_SETTINGS,
  /** The notifier reads the staff directory and the case summaries, and writes its outbox, as its own role. */
  ...databaseRoleSettings('NOTIFIER', PROCESS_ROLES.notifier),
  ...SCHEMA_SETTINGS,
  ...KAFKA_SETTINGS,
  /** Opens the participants' addresses, sealed with their case's key. */
  ...KEY_ENCRYPTION_SETTINGS,
  /** Signs the participants' links to their evaluation (the API checks them with the same secret). */
  ...EVALUATION_LINK_SETTINGS,
  /** How long a participant's link holds from its message: past the evaluation's close, the page says it is closed. */
  evaluationLinkDays: integer('EVALUATION_LINK_DAYS', 30, 1),
  topics: caseTopicsSetting('NOTIFIER_TOPICS'),
  /** Where `GET /health` answers; 0: a free port, named in the log (tests running several notifiers). */
  port: port('NOTIFIER_PORT', 3004, { anyFree: true }),
  /** The interface `GET /health` listens on: this machine only unless told otherwise (`0.0.0.0` in a pod, for its probes). */
  host: text('NOTIFIER_HOST', '127.0.0.1'),
  /** Its own consumer group: the projectors' and the auditors' rebuilds never send anything. */
  groupId: text('NOTIFIER_GROUP_ID', 'entente-notifier'),
  smtpHost: MAIL_SETTINGS.smtpHost,
  smtpPort: MAIL_SETTINGS.smtpPort,
  /** `opportunistic` (STARTTLS when the server offers it), `required` (STARTTLS or no message), `implicit` (TLS from the start, port 465). */
  smtpTls: oneOf('SMTP_TLS', SMTP_TLS_MODES, 'opportunistic'),
  /** The relay's login, when it asks for one; the password comes from a secret. */
  smtpUser: text('SMTP_USER', ''),
  smtpPassword: text('SMTP_PASSWORD', ''),
  /** A PEM file of the authority that signed the relay's certificate (a ministry's own), trusted beside the system's. */
  smtpCaFile: text('SMTP_CA_FILE', ''),
  mailFrom: text('MAIL_FROM', 'Entente <ne-pas-repondre@entente.example>'),
  /** The envelope sender, where bounces go: each message's is `local+<its tag>@domain` of this address (ADR 0028). */
  mailReturnPath: text('MAIL_RETURN_PATH', 'bounces@entente.example'),
  /** The mailbox that receives what is sent to the return path (`pop3://` or `pop3s://user:password@host:port`); empty: bounces are not read. */
  bounceMailbox: setting('BOUNCE_MAILBOX_URL', '', mailboxAddress),
  /** How often the bounce mailbox is read. */
  bouncePollMs: integer('BOUNCE_POLL_MS', 60_000, 100),
  /** Where a message's link opens the case: the console's address as staff reach it. */
  consoleUrl: text('CONSOLE_URL', 'http://127.0.0.1:3100'),
  /** How long the group waits for a silent member (a crashed notifier) before its partitions go to another. */
  sessionTimeoutMs: integer('NOTIFIER_SESSION_TIMEOUT_MS', 30_000, 6_000),
  /** How often the outbox is read for messages due. */
  pollMs: integer('NOTIFIER_POLL_MS', 1000, 50),
  /** Attempts at one message before it is reported failed (retried with backoff in between). */
  maxAttempts: integer('NOTIFIER_MAX_ATTEMPTS', 8, 1),
  /** Drills only: the point of the loop where the process kills itself the first time it gets there. */
  failpoint: oneOf('NOTIFIER_FAILPOINT', NOTIFIER_FAILPOINTS, 'none'),
};

export class NotifierConfig extends configClass(NOTIFIER_SETTINGS) {}
