import type { MigrationInterface, QueryRunner } from 'typeorm';
import { grantOnTable } from '../roles/process-roles';

/** Administrators keep the staff directory through the API, and each person their own preferences (issue 16). */
export class StaffDirectoryKeptByAdministrators1796025810000 implements MigrationInterface {
  async up(runner: QueryRunner): Promise<void> {
    await grantOnTable(runner, 'staff_contact', { api: ['SELECT', 'INSERT', 'UPDATE', 'DELETE'], notifier: ['SELECT'] });
  }

  async down(runner: QueryRunner): Promise<void> {
    await grantOnTable(runner, 'staff_contact', { api: ['SELECT'], notifier: ['SELECT'] });
  }
}
