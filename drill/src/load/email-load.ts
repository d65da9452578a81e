import { setTimeout as sleep } from 'node:timers/promises';
import type { Team } from '@entente/domain';
import type { CommandRecord, RetryingStaffClient, StaffMember } from './staff-client';

const TEAM: readonly Team[] = ['information-services'];
const INTAKE: StaffMember = { sub: 'drill-intake', role: 'intake-officer', teams: TEAM };
const SUPERVISOR: StaffMember = { sub: 'drill-supervisor', role: 'supervisor', teams: TEAM };
const OFFICERS = 10;

/** The three steps of an e-mail case, in the order staff take them: what the read model must show. */
export const EMAIL_STEPS = ['receive', 'assign', 'answer'] as const;
export const EMAIL_EVENTS = ['EmailRequestReceived', 'EmailRequestAssigned', 'EmailRequestAnswered'] as const;

/** One case of the load: its commands as sent, in step order. */
export interface DrillCase {
  readonly index: number;
  readonly commands: CommandRecord[];
  /** Answered only once its (compressed) deadlines were past: its breach and escalation must fire. */
  readonly answeredLate?: boolean;
}

/** Every `every`th case is answered `afterMs` after it was received rather than at once. */
export interface LateAnswers {
  readonly every: number;
  readonly afterMs: number;
}

/** The case's id, once its opening command was answered. */
export const caseIdOf = (drillCase: DrillCase): string | undefined => drillCase.commands[0]?.answer?.caseId;

/** One e-mail case as staff handle it: received, assigned, answered (late if it is to be); a step waits for the one before. */
async function runCase(client: RetryingStaffClient, drillCase: DrillCase, lateAfterMs: number): Promise<void> {
  const { index } = drillCase;
  const officer: StaffMember = { sub: `drill-officer-${index % OFFICERS}`, role: 'case-officer', teams: TEAM };
  const receive = await client.command('receive', '/email-requests', INTAKE, {
    sender: { name: 'Awa Diallo', address: `awa.diallo+${index}@example.org` },
    subject: `Stage en organisation internationale (${index})`,
    body: 'Quels sont les critères d’admissibilité ?',
  });
  drillCase.commands.push(receive);
  if (!receive.answer) return;
  const path = `/email-requests/${receive.answer.caseId}`;
  const assign = await client.command('assign', `${path}/assign`, SUPERVISOR, { officerId: officer.sub });
  drillCase.commands.push(assign);
  if (!assign.answer) return;
  if (drillCase.answeredLate) await sleep(Math.max(0, receive.attempts.at(-1)!.answeredAt + lateAfterMs - Date.now()));
  drillCase.commands.push(
    await client.command('answer', `${path}/answer`, officer, { answer: 'Les critères sont publiés sur notre site.' }),
  );
}

/**
 * An open loop of new e-mail cases at a steady rate, as requests arrive in an office whether or
 * not earlier ones are done, until `stop()`; `stop()` resolves once every started case has ended.
 */
export class SteadyEmailLoad {
  readonly cases: DrillCase[] = [];
  private readonly running: Promise<void>[] = [];
  private stopping = false;
  private loop?: Promise<void>;

  constructor(
    private readonly client: RetryingStaffClient,
    private readonly casesPerSecond: number,
    private readonly late?: LateAnswers,
  ) {}

  start(): void {
    this.loop = this.generate();
  }

  async stop(): Promise<DrillCase[]> {
    this.stopping = true;
    await this.loop;
    await Promise.all(this.running);
    return this.cases;
  }

  private async generate(): Promise<void> {
    const began = Date.now();
    for (let index = 0; !this.stopping; index++) {
      const wait = began + (index * 1000) / this.casesPerSecond - Date.now();
      if (wait > 0) await sleep(wait);
      if (this.stopping) return;
      const drillCase: DrillCase = {
        index,
        commands: [],
        answeredLate: this.late !== undefined && index % this.late.every === this.late.every - 1,
      };
      this.cases.push(drillCase);
      this.running.push(runCase(this.client, drillCase, this.late?.afterMs ?? 0));
    }
  }
}
