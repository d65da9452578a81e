import type { OnModuleDestroy } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { checkSchemaName, createDataSource } from '@entente/persistence';

/** One stored session: what the cookie's id opens, sealed, and when it ends. */
export interface SessionRow {
  readonly sealed: Buffer;
  readonly expiresAt: Date;
}

/**
 * The console's table of sessions (migration CreateConsoleSession), read and written as the
 * console's own role. Rows are keyed by a digest of the cookie's id: the table alone opens none.
 * It owns its connection, closed with the app.
 */
export class SessionRows implements OnModuleDestroy {
  private readonly table: string;

  constructor(
    private readonly database: DataSource,
    schema: string,
  ) {
    this.table = `"${checkSchemaName(schema)}"."console_session"`;
  }

  /** Connected to `schema` as whoever `databaseUrl` names (the console's role). */
  static async connect(databaseUrl: string, schema: string): Promise<SessionRows> {
    return new SessionRows(await createDataSource({ databaseUrl, schema }).initialize(), schema);
  }

  async onModuleDestroy(): Promise<void> {
    await this.database.destroy();
  }

  async insert(idDigest: string, row: SessionRow): Promise<void> {
    await this.database.query(`INSERT INTO ${this.table} (id_digest, sealed, expires_at) VALUES ($1, $2, $3)`, [
      idDigest,
      row.sealed,
      row.expiresAt,
    ]);
  }

  /** The row, if it has not expired at `now`. */
  async find(idDigest: string, now: Date): Promise<SessionRow | undefined> {
    const rows: { sealed: Buffer; expires_at: Date }[] = await this.database.query(
      `SELECT sealed, expires_at FROM ${this.table} WHERE id_digest = $1 AND expires_at > $2`,
      [idDigest, now],
    );
    return rows[0] && { sealed: rows[0].sealed, expiresAt: rows[0].expires_at };
  }

  async reseal(idDigest: string, sealed: Buffer): Promise<void> {
    await this.database.query(`UPDATE ${this.table} SET sealed = $2 WHERE id_digest = $1`, [idDigest, sealed]);
  }

  /** Deletes the row and answers what it held, so that sign-out can still end the provider's session. */
  async delete(idDigest: string): Promise<SessionRow | undefined> {
    // For a DELETE, TypeORM answers the rows returned and the count.
    const [rows] = await this.database.query<[{ sealed: Buffer; expires_at: Date }[], number]>(
      `DELETE FROM ${this.table} WHERE id_digest = $1 RETURNING sealed, expires_at`,
      [idDigest],
    );
    return rows[0] && { sealed: rows[0].sealed, expiresAt: rows[0].expires_at };
  }

  /** Forgets every session ended by `now`; answers how many. */
  async prune(now: Date): Promise<number> {
    const [, count] = await this.database.query<[unknown, number]>(`DELETE FROM ${this.table} WHERE expires_at <= $1`, [now]);
    return count;
  }
}
