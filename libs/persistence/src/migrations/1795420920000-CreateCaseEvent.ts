import type { MigrationInterface, QueryRunner } from 'typeorm';
import { inSchema } from './in-schema';

export class CreateCaseEvent1795420920000 implements MigrationInterface {
  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE ${inSchema(runner, 'case_event')} (
        case_id        text        NOT NULL,
        sequence       integer     NOT NULL,
        event_id       text        NOT NULL CONSTRAINT case_event_event_id_key UNIQUE,
        case_type      text        NOT NULL,
        type           text        NOT NULL,
        schema_version integer     NOT NULL,
        occurred_at    timestamptz NOT NULL,
        actor_id       text        NOT NULL,
        actor_role     text        NOT NULL,
        correlation_id text        NOT NULL,
        data           jsonb       NOT NULL,
        previous_hash  text,
        hash           text        NOT NULL,
        topic          text        NOT NULL,
        partition      integer     NOT NULL,
        kafka_offset   bigint      NOT NULL,
        CONSTRAINT case_event_pkey PRIMARY KEY (case_id, sequence)
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE ${inSchema(runner, 'case_event')}`);
  }
}
