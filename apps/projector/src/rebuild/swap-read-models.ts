import type { DataSource, EntityManager } from 'typeorm';
import { describe, positionsIn, Positions, reached } from './positions';
import { qualified, READ_MODEL_TABLES } from './read-model-tables';

export interface SwapSteps {
  readonly live: string;
  readonly rebuilt: string;
  /** Where the live tables go: kept for inspection, never dropped by the swap. */
  readonly retired: string;
  readonly projection: string;
  /** Waits until the rebuild has applied at least `target`, then stops it; the live tables are locked meanwhile. */
  readonly settleRebuild: (target: Positions) => Promise<void>;
}

export class RebuildBehindLive extends Error {}

/**
 * Blue/green: the rebuilt tables take the live tables' names in one transaction, so the API and
 * the live projector, which name tables and not their storage, carry on with the new ones.
 *
 * EXCLUSIVE locks stop the live projector (its first statement locks its checkpoint) while reads
 * go on; the rebuild catches up with the frozen live position and stops. The rebuilt checkpoint
 * must be at or past the live one: the live projector then skips what it already holds, whereas
 * a checkpoint behind it would leave a gap it never reads again. Renaming takes ACCESS EXCLUSIVE
 * locks for an instant at the end.
 */
export async function swapReadModels(dataSource: DataSource, steps: SwapSteps): Promise<void> {
  await dataSource.transaction(async (manager) => {
    await manager.query(`SET LOCAL lock_timeout = '30s'`);
    const tables = READ_MODEL_TABLES.map((table) => qualified(steps.live, table)).join(', ');
    await manager.query(`LOCK TABLE ${tables} IN EXCLUSIVE MODE`);
    const live = await positionsIn(manager, steps.live, steps.projection);
    await steps.settleRebuild(live);
    const rebuilt = await positionsIn(manager, steps.rebuilt, steps.projection);
    if (!reached(rebuilt, live)) {
      throw new RebuildBehindLive(
        `the rebuild stands at ${JSON.stringify(describe(rebuilt))}, behind the live model at ${JSON.stringify(describe(live))}`,
      );
    }
    await exchange(manager, steps);
  });
}

async function exchange(manager: EntityManager, { live, rebuilt, retired }: SwapSteps): Promise<void> {
  await manager.query(`CREATE SCHEMA "${retired}"`);
  for (const table of READ_MODEL_TABLES) {
    await manager.query(`ALTER TABLE ${qualified(live, table)} SET SCHEMA "${retired}"`);
    await manager.query(`ALTER TABLE ${qualified(rebuilt, table)} SET SCHEMA "${live}"`);
  }
}
