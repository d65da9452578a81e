import type { MigrationInterface, QueryRunner } from 'typeorm';
import { inSchema } from './in-schema';

export class CreateCaseSummary1795420800000 implements MigrationInterface {
  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE ${inSchema(runner, 'case_summary')} (
        case_id          text        CONSTRAINT case_summary_pkey PRIMARY KEY,
        case_type        text        NOT NULL,
        status           text        NOT NULL,
        subject          text        NOT NULL,
        sender_address   text        NOT NULL,
        sender_name      text,
        assignee         text,
        received_at      timestamptz NOT NULL,
        warn_at          timestamptz NOT NULL,
        due_at           timestamptz NOT NULL,
        clock_state      text        NOT NULL,
        standard_id      text        NOT NULL,
        standard_version integer     NOT NULL,
        escalated_to     text,
        answered_at      timestamptz,
        closed_at        timestamptz,
        last_sequence    integer     NOT NULL,
        last_event_at    timestamptz NOT NULL
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE ${inSchema(runner, 'case_summary')}`);
  }
}
