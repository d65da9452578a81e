// Makes, once, the login role Temporal's services use in the profile's PostgreSQL (CREATEDB, so
// that Temporal's schema tool creates its own databases), then tells where each database stands:
// one line per database, `missing <db>` or `version <db> <schema version>` (`none` before the
// schema tool's first run). Runs as the cluster's superuser over the local socket (trust), like
// infra/postgres/roles.js.
//   node infra/temporal-server/databases.js <socket-dir> <port> <role> <password> <db>...
'use strict';
const { Client } = require('pg');

const IDENTIFIER = /^[a-z_][a-z0-9_]*$/;

async function main([host, port, role, password, ...databases]) {
  for (const name of [role, ...databases]) if (!IDENTIFIER.test(name ?? '')) throw new Error(`not a plain identifier: "${name}"`);
  const admin = new Client({ host, port: Number(port), user: 'postgres', database: 'postgres' });
  await admin.connect();
  try {
    const { rowCount } = await admin.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [role]);
    if (rowCount === 0) {
      // The role is checked above to be a plain identifier; the password is passed as a literal.
      await admin.query(`CREATE ROLE ${role} LOGIN CREATEDB NOSUPERUSER NOCREATEROLE PASSWORD ${admin.escapeLiteral(password)}`);
      process.stderr.write(`engines: temporal-server: created role ${role}\n`);
    }
    for (const database of databases) process.stdout.write(`${await standing(admin, host, port, database)}\n`);
  } finally {
    await admin.end();
  }
}

async function standing(admin, host, port, database) {
  const { rowCount } = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
  if (rowCount === 0) return `missing ${database}`;
  const client = new Client({ host, port: Number(port), user: 'postgres', database });
  await client.connect();
  try {
    const table = await client.query("SELECT to_regclass('public.schema_version') AS name");
    if (!table.rows[0].name) return `version ${database} none`;
    const { rows } = await client.query('SELECT curr_version FROM schema_version WHERE version_partition = 0 AND db_name = $1', [database]);
    return `version ${database} ${rows[0]?.curr_version ?? 'none'}`;
  } finally {
    await client.end();
  }
}

main(process.argv.slice(2)).catch((error) => {
  process.stderr.write(`engines: temporal-server: preparing the databases failed: ${error.message}\n`);
  process.exitCode = 1;
});
