import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { apiTypes, CONSOLE_API_TYPES } from './api-types';

/** `npm run generate:api-types`: rewrites the console's copy of the API's types from its document. */
async function main(): Promise<void> {
  const file = join(__dirname, '..', '..', '..', '..', CONSOLE_API_TYPES);
  writeFileSync(file, await apiTypes());
  process.stdout.write(`wrote ${CONSOLE_API_TYPES}\n`);
  process.exit(0);
}

main().catch((error: unknown) => {
  process.stderr.write(`generating the API's types failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
