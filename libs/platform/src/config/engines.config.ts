import { caseTopics, DEFAULT_TOPIC_PREFIX } from '@entente/contracts';
import type { Env } from './env';
import { loadConfig, type ConfigOf } from './load-config';
import { developmentDefault, integer, list, port, setting, text, type Setting } from './settings';

/*
 * Where the engines are. Defaults are the `dev` profile of infra/bin/engines.sh; `engines.sh env`
 * prints the values for any profile. Each app takes the groups it talks to.
 */

/** The password of the profiles' own PostgreSQL (infra/postgres), published in this repository. */
const DEVELOPMENT_DATABASE_PASSWORD = 'entente';

/** Whether a database URL logs in with the development password, whatever its host. */
export function usesDevelopmentDatabasePassword(url: string): boolean {
  try {
    return decodeURIComponent(new URL(url).password) === DEVELOPMENT_DATABASE_PASSWORD;
  } catch {
    return false;
  }
}

export const DATABASE_SETTINGS = {
  databaseUrl: developmentDefault(
    text('DATABASE_URL', `postgres://entente:${DEVELOPMENT_DATABASE_PASSWORD}@127.0.0.1:54329/entente`),
    usesDevelopmentDatabasePassword,
  ),
};

/** Kafka allows these characters in a topic's name; the prefix leaves room for the case type's part. */
const TOPIC_PREFIX = /^[A-Za-z0-9._-]{1,180}$/;

export const KAFKA_SETTINGS = {
  kafkaBrokers: list('KAFKA_BROKERS', '127.0.0.1:19092'),
  kafkaClientId: text('KAFKA_CLIENT_ID', 'entente'),
  /** The deployment's topics are `<prefix>.<case type>.events`. */
  kafkaTopicPrefix: setting('KAFKA_TOPIC_PREFIX', DEFAULT_TOPIC_PREFIX, (raw) => {
    if (!TOPIC_PREFIX.test(raw)) throw new Error(`must be 1 to 180 letters, digits, dots, dashes or underscores, got "${raw}"`);
    return raw;
  }),
};

/** What ensure-topics makes (the apps only read and write the topics, whatever their copies). */
export const KAFKA_TOPIC_SETTINGS = {
  /**
   * Copies of each topic the deployment's ensure-topics makes, and how many of them must have a
   * write before the broker acknowledges it (producers ask all in-sync copies). 1 and 1 on one
   * broker (dev, test); the cluster profile's three brokers: 3 and 2, so a broker may die with
   * nothing acknowledged lost and writes going on.
   */
  kafkaReplicationFactor: integer('KAFKA_REPLICATION_FACTOR', 1, 1),
  kafkaMinInsyncReplicas: integer('KAFKA_MIN_INSYNC_REPLICAS', 1, 1),
};

/** A consumer's topics: by default every case type's topic of the deployment's prefix. */
export function caseTopicsSetting(variable: string): Setting<string[]> {
  return list(variable, (env) =>
    caseTopics(env.KAFKA_TOPIC_PREFIX?.trim() || DEFAULT_TOPIC_PREFIX)
      .map((topic) => topic.name)
      .join(','),
  );
}

export const TEMPORAL_SETTINGS = {
  temporalAddress: text('TEMPORAL_ADDRESS', '127.0.0.1:7233'),
  temporalNamespace: text('TEMPORAL_NAMESPACE', 'default'),
  temporalTaskQueue: text('TEMPORAL_TASK_QUEUE', 'entente-cases'),
  /*
   * A frontend that wants mutual TLS and a token (Temporal's own server in the cluster profile,
   * docs/adr/0029): the PEM files of its CA and of this client's certificate and key, a name to
   * check its certificate against other than the address's host, and a file holding the bearer
   * token whose `permissions` claim its authorizer reads. Empty: plain gRPC and no token, as the
   * dev server and the test servers speak.
   */
  temporalTlsCaFile: text('TEMPORAL_TLS_CA_FILE', ''),
  temporalTlsCertFile: text('TEMPORAL_TLS_CERT_FILE', ''),
  temporalTlsKeyFile: text('TEMPORAL_TLS_KEY_FILE', ''),
  temporalTlsServerName: text('TEMPORAL_TLS_SERVER_NAME', ''),
  temporalApiKeyFile: text('TEMPORAL_API_KEY_FILE', ''),
};

/** The SMTP server e-mail goes through; locally Mailpit (infra/mailpit), which keeps every message. */
export const MAIL_SETTINGS = {
  smtpHost: text('SMTP_HOST', '127.0.0.1'),
  smtpPort: port('SMTP_PORT', 1025),
  /** Mailpit's web inbox and HTTP API (`/api/v1/...`), where what was sent is read back. */
  mailpitUrl: text('MAILPIT_URL', 'http://127.0.0.1:8025'),
  /** Mailpit's POP3 mailbox of everything it caught: where the bounces sent to the return path are read. */
  mailpitPop3Url: text('MAILPIT_POP3_URL', 'pop3://bounces:entente-local-mailbox@127.0.0.1:1110'),
};

export const ENGINES_SETTINGS = {
  ...DATABASE_SETTINGS,
  ...KAFKA_SETTINGS,
  ...KAFKA_TOPIC_SETTINGS,
  ...TEMPORAL_SETTINGS,
  ...MAIL_SETTINGS,
};

export type EnginesConfig = ConfigOf<typeof ENGINES_SETTINGS>;

/** For scripts and tests that need only the engines. */
export function enginesConfig(env: Env = process.env): EnginesConfig {
  return loadConfig(ENGINES_SETTINGS, env);
}

/** The variables of `engines.sh env <profile>`: its `export NAME=value` lines, values quoted by printf %q. */
export function engineExports(text: string): Record<string, string> {
  return Object.fromEntries([...text.matchAll(/^export (\w+)=(.*)$/gm)].map(([, name, value]) => [name!, value!.replace(/\\(.)/g, '$1')]));
}
