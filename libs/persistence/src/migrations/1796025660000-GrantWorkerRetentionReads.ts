import type { MigrationInterface, QueryRunner } from 'typeorm';
import { grantOnTable } from '../roles/process-roles';

/**
 * The nightly retention run (docs/adr/0018) runs in the worker: it reads which closed cases are
 * due, their stored events (for the chain head, and to deposit a history to the archives) and
 * their holds. The worker now reads the two read models it never needed; it still writes neither.
 */
export class GrantWorkerRetentionReads1796025660000 implements MigrationInterface {
  async up(runner: QueryRunner): Promise<void> {
    await grantOnTable(runner, 'case_summary', { api: ['SELECT'], projector: ['SELECT', 'INSERT', 'UPDATE'], worker: ['SELECT'] });
    await grantOnTable(runner, 'case_event', { api: ['SELECT'], projector: ['SELECT', 'INSERT'], worker: ['SELECT'] });
  }

  async down(runner: QueryRunner): Promise<void> {
    await grantOnTable(runner, 'case_summary', { api: ['SELECT'], projector: ['SELECT', 'INSERT', 'UPDATE'] });
    await grantOnTable(runner, 'case_event', { api: ['SELECT'], projector: ['SELECT', 'INSERT'] });
  }
}
