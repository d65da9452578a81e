import { CommandAnswer, EMAIL_TEAM, StaffClient, StaffMember, SUPERVISOR } from './staff-client';

/** Officers share the cases, as a team would. */
const OFFICERS = 20;
/**
 * Intake officers share the mailbox: the API allows one person 1,200 requests a minute
 * (`RATE_LIMIT_REQUESTS`), fewer than the openings a minute of a fast run.
 */
const INTAKE_OFFICERS = 10;

export function receiveEmail(client: StaffClient, index: number): Promise<CommandAnswer> {
  const body = {
    sender: { name: 'Awa Diallo', address: `awa.diallo+${index}@example.org` },
    subject: `Stage dans une organisation internationale (${index})`,
    body: 'Quels sont les critères d’admissibilité ?',
  };
  const intake: StaffMember = { sub: `bench-intake-${index % INTAKE_OFFICERS}`, role: 'intake-officer', teams: EMAIL_TEAM };
  return client.command('/email-requests', intake, body);
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
