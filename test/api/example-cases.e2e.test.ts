import type { AddressInfo } from 'node:net';
import { CASE_TYPES } from '@entente/contracts';
import { ApiConfig, SeedClient, seedAllExamples } from '../../apps/api/src';
import { ApiStack } from './api-harness';

/*
 * `npm start` seeds these examples into the dev stack, and nothing else runs them: here they go
 * through the real API, worker and engines, so a domain rule that refuses an example (a fact out
 * of order, say) fails a test instead of `npm start`.
 */
describe('the example cases of npm start', () => {
  const stack = new ApiStack();
  let client: SeedClient;

  beforeAll(async () => {
    await stack.start();
    await stack.api.listen(0, '127.0.0.1');
    const { port } = stack.api.getHttpServer().address() as AddressInfo;
    client = new SeedClient(stack.api.get(ApiConfig), `http://127.0.0.1:${port}`);
  });
  afterAll(() => stack.stop());

  // Some hundred commands, each answered once its workflow has published, the case types side by
  // side: about 30 s alone, but a loaded CI machine has taken several times as long.
  const SEEDING_BOUND_MS = 300_000;

  it(
    'are all accepted, and every case type has some',
    async () => {
      const seeded = await seedAllExamples(client);
      for (const caseType of CASE_TYPES) expect(seeded[caseType].length).toBeGreaterThan(0);
    },
    SEEDING_BOUND_MS,
  );
});
