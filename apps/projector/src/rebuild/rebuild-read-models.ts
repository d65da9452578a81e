import { randomBytes } from 'node:crypto';
import { setTimeout as nextPoll } from 'node:timers/promises';
import type { INestApplication } from '@nestjs/common';
import type { Admin } from 'kafkajs';
import type { DataSource } from 'typeorm';
import { createDataSource } from '@entente/persistence';
import { Env, kafkaFor, Logger, settledTopicOffsets } from '@entente/platform';
import { ProjectorConfig } from '../config/projector.config';
import { showRebuildProgress } from '../metrics/projector-metrics';
import { createProjectorApp } from '../projector.app';
import { compareReadModels, ReadModelComparison } from './compare-read-models';
import { describe, messagesRead, positionsIn, Positions, reached, samePositions } from './positions';
import { swapReadModels } from './swap-read-models';

export interface RebuildProgress {
  readonly schema: string;
  readonly messages: number;
  readonly events: number;
  readonly seconds: number;
  readonly eventsPerSecond: number;
}

export interface PositionedComparison extends ReadModelComparison {
  /** The partition positions both models stood at when they were compared. */
  readonly positions: Record<string, string>;
}

export class PositionsNeverMet extends Error {}

const POLL_MS = 200;

/**
 * An auditor's rebuild: the projector's own code, started on a fresh schema with a consumer group
 * of its own, reads every case topic from offset 0. It writes only to its schema: no Temporal,
 * no Kafka producer, nothing that could send a notification again. Afterwards it can be compared
 * with the live read models and, if wanted, swapped in for them (blue/green).
 */
export class ReadModelRebuild {
  private projector: INestApplication | null = null;
  private startedAt = 0;
  private lastLogged = 0;

  private constructor(
    private readonly live: ProjectorConfig,
    readonly schema: string,
    private readonly database: DataSource,
    private readonly admin: Admin,
    private readonly log: Logger,
  ) {}

  /** `env` is the live projector's configuration: its database, schema, topics and projection name. */
  static async start(env: Env, log: Logger, schema = rebuildSchemaName()): Promise<ReadModelRebuild> {
    const live = new ProjectorConfig(env);
    const database = await createDataSource({ databaseUrl: live.databaseUrl, schema: live.databaseSchema }).initialize();
    const admin = kafkaFor(live, '-rebuild', log).admin();
    const rebuild = new ReadModelRebuild(live, schema, database, admin, log);
    const existing = await rebuild.schemaExists();
    try {
      if (existing) throw new Error(`schema ${schema} exists: a rebuild starts from a fresh schema`);
      await admin.connect();
      await rebuild.startProjector(env);
      return rebuild;
    } catch (error) {
      await rebuild.finish({ keep: existing });
      throw error;
    }
  }

  get groupId(): string {
    return `entente-rebuild-${this.schema}`;
  }

  /** Waits until every topic is read up to its end as of now, logging progress and rate. */
  async untilCaughtUp(stallMs = 60_000): Promise<RebuildProgress> {
    const target = await this.endOffsets();
    let last = { at: Date.now(), read: -1 };
    for (;;) {
      const positions = await positionsIn(this.database.manager, this.schema, this.live.projection);
      const read = messagesRead(positions);
      showRebuildProgress(read, messagesRead(target));
      if (read !== last.read) last = { at: Date.now(), read };
      if (reached(positions, target)) return this.progress(positions);
      if (Date.now() - last.at > stallMs) throw new PositionsNeverMet(`rebuild stalled at ${read} of ${messagesRead(target)} messages`);
      this.logProgress(read, messagesRead(target));
      await nextPoll(POLL_MS);
    }
  }

  /**
   * Compares inside one snapshot in which both models stand at the same positions; the live
   * projector and the rebuild both keep reading meanwhile, so a busy log is simply retried.
   */
  async compare(timeoutMs = 60_000): Promise<PositionedComparison> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const compared = await this.database.transaction('REPEATABLE READ', async (manager) => {
        const [live, rebuilt] = [await this.livePositions(manager), await positionsIn(manager, this.schema, this.live.projection)];
        if (!samePositions(live, rebuilt)) return { live, rebuilt };
        return { ...(await compareReadModels(manager, this.live.databaseSchema, this.schema)), positions: describe(live) };
      });
      if ('tables' in compared) return compared;
      if (Date.now() > deadline) {
        throw new PositionsNeverMet(
          `the live model (${JSON.stringify(describe(compared.live))}) and the rebuild (${JSON.stringify(describe(compared.rebuilt))}) never stood at the same positions: is the live projector running?`,
        );
      }
      await nextPoll(POLL_MS);
    }
  }

  /** Blue/green: the rebuilt tables become the live ones; the replaced tables go to `retired`. */
  async swap(retired = `retired_${this.schema}`): Promise<string> {
    await swapReadModels(this.database, {
      live: this.live.databaseSchema,
      rebuilt: this.schema,
      retired,
      projection: this.live.projection,
      settleRebuild: async (target) => {
        await this.until(target);
        await this.stopProjector();
      },
    });
    this.log.info('rebuilt read models swapped in', { live: this.live.databaseSchema, retired });
    return retired;
  }

  /** Stops the rebuild, removes its consumer group, and drops its schema unless `keep`. */
  async finish({ keep }: { keep: boolean }): Promise<void> {
    await this.stopProjector();
    await this.admin.deleteGroups([this.groupId]).catch(() => undefined); // never joined: nothing to remove
    await this.admin.disconnect();
    if (!keep) await this.database.query(`DROP SCHEMA IF EXISTS "${this.schema}" CASCADE`);
    await this.database.destroy();
  }

  private async startProjector(env: Env): Promise<void> {
    this.startedAt = Date.now();
    this.projector = await createProjectorApp(
      {
        ...env,
        DATABASE_SCHEMA: this.schema,
        PROJECTOR_GROUP_ID: this.groupId,
        PROJECTOR_NAME: this.live.projection,
        PROJECTOR_TOPICS: this.live.topics.join(','),
        PROJECTOR_RUN_MIGRATIONS: 'true',
      },
      warningsOnly(this.log),
    );
    this.log.info('rebuild started', { schema: this.schema, topics: this.live.topics, from: 'offset 0' });
  }

  private async stopProjector(): Promise<void> {
    const projector = this.projector;
    this.projector = null;
    await projector?.close();
  }

  /** Bounded: the swap holds the live tables against writes while it waits. */
  private async until(target: Positions, timeoutMs = 60_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!reached(await positionsIn(this.database.manager, this.schema, this.live.projection), target)) {
      if (Date.now() > deadline)
        throw new PositionsNeverMet(
          `the rebuild did not reach the live positions ${JSON.stringify(describe(target))} within ${timeoutMs} ms`,
        );
      await nextPoll(POLL_MS);
    }
  }

  private async schemaExists(): Promise<boolean> {
    const found: unknown[] = await this.database.query('SELECT 1 FROM information_schema.schemata WHERE schema_name = $1', [this.schema]);
    return found.length > 0;
  }

  private async endOffsets(): Promise<Positions> {
    const ends = await Promise.all(
      this.live.topics.map(async (topic) => ({ topic, offsets: await settledTopicOffsets(this.admin, topic) })),
    );
    return new Map(ends.flatMap(({ topic, offsets }) => offsets.map((o) => [`${topic}#${o.partition}`, BigInt(o.high)] as const)));
  }

  private async livePositions(manager: Parameters<typeof positionsIn>[0]): Promise<Positions> {
    const live = await positionsIn(manager, this.live.databaseSchema, this.live.projection);
    const topics = new Set(this.live.topics);
    return new Map([...live].filter(([partition]) => topics.has(partition.slice(0, partition.lastIndexOf('#')))));
  }

  private logProgress(read: number, of: number): void {
    if (Date.now() - this.lastLogged < 1000) return;
    this.lastLogged = Date.now();
    const seconds = (Date.now() - this.startedAt) / 1000;
    this.log.info('rebuilding', { schema: this.schema, progress: `${read}/${of}`, eventsPerSecond: Math.round(read / seconds) });
  }

  private async progress(positions: Positions): Promise<RebuildProgress> {
    const seconds = (Date.now() - this.startedAt) / 1000;
    const [{ events }]: [{ events: number }] = await this.database.query(`SELECT count(*)::int AS events FROM "${this.schema}".case_event`);
    const messages = messagesRead(positions);
    const progress = { schema: this.schema, messages, events, seconds, eventsPerSecond: Math.round(messages / seconds) };
    this.log.info('rebuild caught up', { ...progress });
    return progress;
  }
}

/** `rebuild_<UTC date and time>_<random>`: sortable, and two rebuilds in one second still differ. */
export function rebuildSchemaName(now = new Date()): string {
  const stamp = now.toISOString().replace(/[-:]/g, '').replace('T', '_').slice(0, 15);
  return `rebuild_${stamp}_${randomBytes(2).toString('hex')}`;
}

/** The rebuild's projector logs a line per batch; an auditor wants the progress, and problems. */
function warningsOnly(log: Logger): Logger {
  return { debug: () => undefined, info: () => undefined, warn: log.warn, error: log.error };
}
