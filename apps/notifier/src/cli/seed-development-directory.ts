import { EXAMPLE_STAFF } from '@entente/identity';
import { ASSEMBLY_TEAMS } from '@entente/domain';
import { createDataSource, StaffContactEntity } from '@entente/persistence';
import { enginesConfig, isProduction, jsonLogger } from '@entente/platform';

/*
 * `npm start` runs this once the migrations have: the example staff of the development provider
 * get an address on the local mail server (Mailpit) so that the notifier's messages to them can be
 * read in its inbox. Written as the migration role: in a deployment, the directory is the bodies'.
 */

const log = jsonLogger('seed-directory');

async function seed(): Promise<void> {
  if (isProduction(process.env)) throw new Error('the development directory is not for production');
  const database = await createDataSource({ databaseUrl: enginesConfig().databaseUrl, schema: process.env.DATABASE_SCHEMA }).initialize();
  try {
    const contacts = EXAMPLE_STAFF.map((member) => ({
      id: member.sub,
      name: member.name,
      email: `${member.sub}@${member.teams.some((team) => ASSEMBLY_TEAMS.includes(team)) ? 'assnat' : 'mri'}.example`,
      role: member.role,
      teams: [...member.teams],
      language: 'fr',
      delivery: 'immediate',
    }));
    await database.getRepository(StaffContactEntity).upsert(contacts, ['id']);
    log.info('staff directory seeded', { people: contacts.length });
  } finally {
    await database.destroy();
  }
}

seed().catch((error: unknown) => {
  log.error('seeding the staff directory failed', { error: error instanceof Error ? error.message : String(error) });
  process.exit(1);
});
