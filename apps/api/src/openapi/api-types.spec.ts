import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { apiTypes, CONSOLE_API_TYPES } from './api-types';

// The console's types are the API's document put through openapi-typescript; when a DTO changes
// and nobody ran `npm run generate:api-types`, this fails instead of the console drifting.
it("keeps the console's copy of the API's types what the generator writes now", async () => {
  const committed = readFileSync(join(__dirname, '..', '..', '..', '..', CONSOLE_API_TYPES), 'utf8');
  const generated = await apiTypes();
  expect(generated).toContain('CaseSummaryDto');
  if (committed !== generated) throw new Error(`${CONSOLE_API_TYPES} differs from the API's document: run \`npm run generate:api-types\``);
}, 60_000);
