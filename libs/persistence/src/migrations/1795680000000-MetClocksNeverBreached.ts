import type { MigrationInterface, QueryRunner } from 'typeorm';
import { inSchema } from './in-schema';

/**
 * A clock met by a fact recorded after its breach alarm was never past due: rows projected before
 * counted it breached. The projector writes the same from now on, so a rebuild agrees.
 */
export class MetClocksNeverBreached1795680000000 implements MigrationInterface {
  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`UPDATE ${inSchema(runner, 'service_clock')} SET breached = false WHERE state = 'met' AND breached`);
  }

  async down(): Promise<void> {
    // Nothing to undo: the older projector counted these breached, a rebuild under it would again.
  }
}
