// Creates the processes' login roles in a local cluster (dev, test, bench profiles), once: each
// with its name as its development password, as the apps' *_DATABASE_PASSWORD defaults expect.
// The migrations grant them what each process may do (libs/persistence/src/roles/process-roles.ts);
// a production database gets the same roles from its DBA with real passwords (README, "PostgreSQL
// roles"). Runs as the cluster's superuser over the local socket (trust, these scripts only).
//   node infra/postgres/roles.js <socket-dir> <port>
'use strict';
const { Client } = require('pg');

const ROLES = ['entente_api', 'entente_projector', 'entente_worker', 'entente_console', 'entente_notifier'];

async function main([host, port]) {
  const client = new Client({ host, port: Number(port), user: 'postgres', database: 'entente' });
  await client.connect();
  try {
    for (const role of ROLES) {
      const { rowCount } = await client.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [role]);
      if (rowCount > 0) continue;
      // Identifiers and literals are constants of this file, never input.
      await client.query(`CREATE ROLE ${role} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD '${role}'`);
      process.stderr.write(`engines: postgres: created role ${role}\n`);
    }
  } finally {
    await client.end();
  }
}

main(process.argv.slice(2)).catch((error) => {
  process.stderr.write(`engines: postgres: creating the process roles failed: ${error.message}\n`);
  process.exitCode = 1;
});
