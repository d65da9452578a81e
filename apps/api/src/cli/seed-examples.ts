import type { Role } from '@entente/domain';
import { jsonLogger } from '@entente/platform';
import { signActorToken } from '../auth/actor-token';
import { ApiConfig } from '../config/api.config';
import { EXAMPLE_EMAIL_REQUESTS, ExampleEmailRequest } from './seed-examples.data';

/*
 * `npm start` runs this once the apps are up: realistic e-mail requests at different points of
 * their clock, sent through the running API like any client would, so the work queue has
 * something to show. Skipped when the read model already holds cases, so a second `npm start`
 * adds nothing.
 */

const log = jsonLogger('seed-examples');
const config = new ApiConfig(process.env);
const base = `http://127.0.0.1:${config.port}`;
const DAY = 86_400_000;

async function call(method: string, path: string, role: Role, sub: string, body?: object) {
  const response = await fetch(`${base}${path}`, {
    method,
    headers: { authorization: `Bearer ${signActorToken(config, { sub, role }, 600)}`, 'content-type': 'application/json' },
    body: body ? JSON.stringify(body) : undefined,
  });
  const answer = (await response.json()) as { caseId: string; total: number; message?: string };
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${answer.message ?? ''}`);
  return answer;
}

const command = (caseId: string, action: string, role: Role, sub: string, body: object) =>
  call('POST', `/email-requests/${caseId}/${action}`, role, sub, body);

/** One example through the API, in the order staff would have acted; returns its case id. */
async function play(example: ExampleEmailRequest, earlier: readonly string[]): Promise<string> {
  const receivedAt = new Date(Date.now() - example.receivedDaysAgo * DAY).toISOString();
  const { caseId } = await call('POST', '/email-requests', 'intake-officer', 'ines.tremblay', { ...example.request, receivedAt });
  if (example.assignTo) await command(caseId, 'assign', 'supervisor', 'sophie.gagnon', { officerId: example.assignTo });
  if (example.answer) await command(caseId, 'answer', 'case-officer', example.assignTo ?? '', { answer: example.answer });
  if (example.closeAs) {
    const { duplicateOfExample, ...close } = example.closeAs;
    const duplicateOf = duplicateOfExample === undefined ? undefined : earlier[duplicateOfExample];
    await command(caseId, 'close', 'supervisor', 'sophie.gagnon', { ...close, duplicateOf });
  }
  return caseId;
}

async function seed(): Promise<void> {
  const { total } = await call('GET', '/cases?pageSize=1', 'auditor', 'seed-check');
  if (total > 0) return log.info('examples already present', { total });
  const cases: string[] = [];
  for (const example of EXAMPLE_EMAIL_REQUESTS) {
    cases.push(await play(example, cases));
    log.info('example seeded', { progress: `${cases.length}/${EXAMPLE_EMAIL_REQUESTS.length}`, caseId: cases.at(-1) });
  }
  log.info('examples seeded', { cases });
}

seed().catch((error: unknown) => {
  log.error('seeding failed', { error: error instanceof Error ? error.message : String(error) });
  process.exit(1);
});
