import type { MigrationInterface, QueryRunner } from 'typeorm';
import { inSchema } from './in-schema';

/** The clocks of every case, for the service-standard compliance report. */
export class CreateServiceClock1795507260000 implements MigrationInterface {
  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE ${inSchema(runner, 'service_clock')} (
        case_id            text        NOT NULL,
        standard_id        text        NOT NULL,
        case_type          text        NOT NULL,
        standard_version   integer     NOT NULL,
        started_at         timestamptz NOT NULL,
        due_at             timestamptz NOT NULL,
        stopped_at         timestamptz,
        state              text        NOT NULL,
        breached           boolean     NOT NULL,
        working_days_taken integer,
        CONSTRAINT service_clock_pkey PRIMARY KEY (case_id, standard_id)
      )`);
    await runner.query(
      `CREATE INDEX service_clock_standard_started_at_idx ON ${inSchema(runner, 'service_clock')} (standard_id, started_at)`,
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE ${inSchema(runner, 'service_clock')}`);
  }
}
