import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { CommandAnswer, CommandRefused, EMAIL_TEAM, INTAKE, StaffClient, StaffMember, SUPERVISOR } from './staff-client';

/** Officers share the cases, as a team would. */
const OFFICERS = 20;

export function receiveEmail(client: StaffClient, index: number, idempotencyKey?: string): Promise<CommandAnswer> {
  const body = {
    sender: { name: 'Awa Diallo', address: `awa.diallo+${index}@example.org` },
    subject: `Stage dans une organisation internationale (${index})`,
    body: 'Quels sont les critères d’admissibilité ?',
  };
  return client.command('/email-requests', INTAKE, body, idempotencyKey);
}

/** How long a receipt is asked again while the API answers 503: its admission limit recovers within seconds of a quieter Temporal. */
const RECEIPT_PATIENCE_MS = 120_000;

/**
 * One more e-mail received, for a benchmark whose cases are only data to hold or read: one that
 * the API turns away while the machine is saturated (503: timed out, or shed by its admission
 * limit) is asked again under the same key, as the API asks, a second later and then up to five,
 * so that each index opens exactly one case.
 */
export async function receiveEmailUntilAnswered(client: StaffClient, index: number): Promise<CommandAnswer> {
  const key = `bench-receipt-${randomUUID()}`;
  const since = performance.now();
  for (let wait = 1000; ; wait = Math.min(wait * 2, 5000)) {
    try {
      return await receiveEmail(client, index, key);
    } catch (error) {
      if (!(error instanceof CommandRefused) || error.status !== 503 || performance.now() - since > RECEIPT_PATIENCE_MS) throw error;
      await sleep(wait);
    }
  }
}

/** One e-mail case as staff handle it: received, assigned, answered; each answer handed to `seen`. */
export async function emailCaseFlow(
  client: StaffClient,
  index: number,
  seen: (answer: CommandAnswer) => void = () => undefined,
): Promise<void> {
  const officer: StaffMember = { sub: `bench-officer-${index % OFFICERS}`, role: 'case-officer', teams: EMAIL_TEAM };
  const received = await receiveEmail(client, index);
  seen(received);
  const path = `/email-requests/${received.caseId}`;
  seen(await client.command(`${path}/assign`, SUPERVISOR, { officerId: officer.sub }));
  seen(await client.command(`${path}/answer`, officer, { answer: 'Bonjour, les critères sont publiés sur notre site.' }));
}
