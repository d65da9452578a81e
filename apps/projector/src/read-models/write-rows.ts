import type { EntityManager, EntityMetadata, EntityTarget, ObjectLiteral } from 'typeorm';

/**
 * Writes many rows of one table in one statement whose text does not grow with them: the rows go
 * as one JSON parameter, which PostgreSQL reads back into typed rows (`json_to_recordset`). A
 * batch of thousands of events costs one short statement per table to parse and plan, V8's own
 * JSON.stringify instead of a bound value per cell, and no row-by-row query building.
 *
 * With `conflictColumns`, a row whose key exists replaces it (the summaries and clocks, which a
 * batch rewrites); without, a conflict fails the transaction (the timeline, which only grows).
 */
export async function writeRows<Row extends ObjectLiteral>(
  manager: EntityManager,
  entity: EntityTarget<Row>,
  rows: readonly Row[],
  conflictColumns: readonly (keyof Row & string)[] = [],
): Promise<void> {
  if (rows.length === 0) return;
  const metadata = manager.connection.getMetadata(entity);
  const { driver } = manager.connection;
  const columns = metadata.columns;
  const record = columns.map((column) => `${driver.escape(column.propertyName)} ${driver.normalizeType(column)}`);
  const table = driver.escape(metadata.schema ?? 'public') + '.' + driver.escape(metadata.tableName);
  const names = (keys: readonly string[]) => keys.map((key) => driver.escape(key)).join(', ');
  await manager.query(
    `INSERT INTO ${table} (${names(columns.map((column) => column.databaseName))})
     SELECT ${names(columns.map((column) => column.propertyName))}
     FROM json_to_recordset($1::json) AS row(${record.join(', ')})${onConflict(metadata, conflictColumns, driver.escape.bind(driver))}`,
    [storableJson(rows)],
  );
}

// JSON.stringify escapes only half of a surrogate pair (a whole pair goes as itself), so any
// such escape not itself escaped is one. PostgreSQL refuses it in JSON; a text parameter took it
// as U+FFFD, as the rows written before did. The API refuses it in new requests.
const ESCAPED_HALF_PAIR = /(?<!\\)((?:\\\\)*)\\ud[89a-f][0-9a-f]{2}/g;

export function storableJson(rows: readonly ObjectLiteral[]): string {
  const json = JSON.stringify(rows);
  return json.includes('\\ud') ? json.replace(ESCAPED_HALF_PAIR, '$1\\ufffd') : json;
}

function onConflict(metadata: EntityMetadata, keys: readonly string[], escape: (name: string) => string): string {
  if (keys.length === 0) return '';
  const keyColumns = keys.map((key) => metadata.findColumnWithPropertyName(key)!.databaseName);
  const updated = metadata.columns.map((c) => c.databaseName).filter((name) => !keyColumns.includes(name));
  return ` ON CONFLICT (${keyColumns.map(escape).join(', ')}) DO UPDATE SET ${updated.map((c) => `${escape(c)} = EXCLUDED.${escape(c)}`).join(', ')}`;
}
