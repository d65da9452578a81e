import { serveMetrics, type Env, type Logger } from '@entente/platform';
import { PositionedComparison, ReadModelRebuild, RebuildProgress } from '@entente/projector';

export interface RebuildOutcome {
  readonly rebuild: RebuildProgress;
  readonly comparison: PositionedComparison;
  /** Where the replaced live tables went, when the rebuilt ones were swapped in. */
  readonly retired: string | null;
}

/**
 * Rebuilds the read models from offset 0, compares them with the live ones, and swaps them in
 * when asked. The rebuilt schema is dropped afterwards unless `keep` (after a swap it holds only
 * what the swap left behind).
 */
export async function rebuildAndCompare(
  env: Env,
  log: Logger,
  { swap = false, keep = false, metricsPort = 0 } = {},
): Promise<RebuildOutcome> {
  // A rebuild of a long log takes minutes: with AUDIT_METRICS_PORT, Prometheus can follow it.
  const metrics = metricsPort > 0 ? await serveMetrics(metricsPort) : null;
  const rebuild = await ReadModelRebuild.start(env, log).catch(async (error: unknown) => {
    await metrics?.close();
    throw error;
  });
  let retired: string | null = null;
  try {
    const progress = await rebuild.untilCaughtUp();
    const comparison = await rebuild.compare();
    log.info('read models compared', {
      identical: comparison.identical,
      differences: comparison.tables.reduce((n, t) => n + t.differences, 0),
    });
    if (swap) retired = await rebuild.swap();
    return { rebuild: progress, comparison, retired };
  } finally {
    await rebuild.finish({ keep: keep && retired === null });
    await metrics?.close();
  }
}
