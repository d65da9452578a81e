import type { Role } from '@entente/domain';
import { jsonLogger } from '@entente/platform';
import { signActorToken } from '../auth/actor-token';
import { ApiConfig } from '../config/api.config';

/*
 * `npm start` runs this once the apps are up: a few e-mail requests in different states, sent
 * through the running API like any client would, so the work queue has something to show.
 * Skipped when the read model already holds cases, so a second `npm start` adds nothing.
 */

const log = jsonLogger('seed-examples');
const config = new ApiConfig(process.env);
const base = `http://127.0.0.1:${config.port}`;
const HOUR = 3600_000;

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

const receive = (subject: string, address: string, hoursAgo: number) =>
  call('POST', '/email-requests', 'intake-officer', 'ines.intake', {
    sender: { address },
    subject,
    body: `${subject} : pourriez-vous m'indiquer la marche à suivre ?`,
    receivedAt: new Date(Date.now() - hoursAgo * HOUR).toISOString(),
  });

const command = (caseId: string, action: string, role: Role, sub: string, body: object) =>
  call('POST', `/email-requests/${caseId}/${action}`, role, sub, body);

async function seed(): Promise<void> {
  const { total } = await call('GET', '/cases?pageSize=1', 'auditor', 'seed-check');
  if (total > 0) return log.info('examples already present', { total });
  const fresh = await receive('Programme de stages OIG', 'awa.diallo@example.org', 1);
  const assigned = await receive('Mission du premier ministre au Japon', 'k.sato@example.jp', 30);
  await command(assigned.caseId, 'assign', 'supervisor', 'sam.supervisor', { officerId: 'carole.officer' });
  // Received a week and a half ago: its clock has warned and breached, escalated to a supervisor.
  const late = await receive('Coopération bilatérale Québec–Bavière', 'info@example.de', 250);
  await command(late.caseId, 'assign', 'supervisor', 'sam.supervisor', { officerId: 'carole.officer' });
  const answered = await receive('Québec sans frontières : dates', 'ong@example.org', 5);
  await command(answered.caseId, 'assign', 'supervisor', 'sam.supervisor', { officerId: 'carole.officer' });
  await command(answered.caseId, 'answer', 'case-officer', 'carole.officer', { answer: 'Les dates sont publiées sur notre site.' });
  await command(fresh.caseId, 'close', 'supervisor', 'sam.supervisor', {
    reason: 'withdrawn',
    explanation: 'La demandeuse a trouvé la réponse sur le site.',
  });
  log.info('examples seeded', { cases: [fresh, assigned, late, answered].map((view) => view.caseId) });
}

seed().catch((error: unknown) => {
  log.error('seeding failed', { error: error instanceof Error ? error.message : String(error) });
  process.exit(1);
});
