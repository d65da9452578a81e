import { ReadModelRebuild } from '@entente/projector';
import type { BenchContext, ResultRow } from '../benchmark';
import { appEnv } from '../engines';
import { timed } from '../stats';

/**
 * Item 6: the auditors' rebuild (apps/projector/src/rebuild) of the read models the projection
 * benchmark just filled, from offset 0 of the same topic into a fresh schema, then its row-by-row
 * comparison with them. Its limit is the bare multi-row INSERT of the same rows, as the projector's.
 */
export async function rebuildRate(
  context: BenchContext,
  topic: string,
  liveSchema: string,
  events: string,
  insertRate: number | null,
): Promise<ResultRow> {
  const env = appEnv(context.engines, { DATABASE_SCHEMA: liveSchema, PROJECTOR_TOPICS: topic });
  const rebuild = await ReadModelRebuild.start(env, context.log, `${liveSchema}_rebuilt`);
  try {
    const progress = await rebuild.untilCaughtUp();
    const compared = await timed(() => rebuild.compare());
    const rows = compared.value.tables.reduce((sum, table) => sum + table.live.rows, 0);
    return {
      benchmark: 'rebuild',
      measure: "auditors' rebuild from offset 0 into a fresh schema",
      size: events,
      figure: progress.eventsPerSecond,
      limit: insertRate,
      limitName: 'the same rows by multi-row INSERT with pg (first projection line)',
      unit: 'events/s',
      note: `includes migrating the fresh schema and joining the group; comparing ${rows.toLocaleString('en-US')} rows took ${(compared.elapsedMs / 1000).toFixed(1)} s, identical: ${compared.value.identical}`,
    };
  } finally {
    await rebuild.finish({ keep: false });
  }
}
