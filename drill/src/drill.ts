import type { Kafka } from 'kafkajs';
import type { Client } from '@temporalio/client';
import { topicEnds, type DevelopmentTokens, type Logger } from '@entente/platform';
import { caseIdOf, SteadyEmailLoad, type LateAnswers } from './load/email-load';
import { RetryingStaffClient, type RetryPolicy } from './load/staff-client';
import type { Fault } from './faults/fault';
import { playFaults, type Schedule } from './faults/schedule';
import { deadlineTally, type DeadlineTally } from './tally/deadlines';
import { collectFindings, stuckWorkflows } from './tally/findings';
import { incompleteCases, tally, type TallyRow } from './tally/tally';
import { auditVerdicts, type Verdicts } from './tally/verdicts';

/** A running system the drill can load, break and inspect: the `drill` profile, or a test's own. */
export interface Stage {
  readonly apiUrl: string;
  readonly tokens: DevelopmentTokens;
  readonly kafka: Kafka;
  /** The e-mail cases' topic, as the deployment names it. */
  readonly topic: string;
  readonly databaseUrl: string;
  readonly schema: string;
  readonly temporal: Client;
  /** What `npm run audit` needs to reach this deployment (DATABASE_*, KAFKA_*). */
  readonly auditEnv: NodeJS.ProcessEnv;
}

export interface DrillOptions {
  readonly casesPerSecond: number;
  readonly schedule: Schedule;
  readonly retry: RetryPolicy;
  /** On a stage whose workers compress deadlines (COMPRESSED_DEADLINES_LEAD_MS): cases answered after theirs. */
  readonly lateAnswers?: LateAnswers;
}

export interface DrillOutcome {
  readonly rows: TallyRow[];
  readonly cases: number;
  readonly stuckWorkflows: number;
  /** Cases whose read-model timeline is not every event of theirs on the topic, once each (`incompleteCases`). */
  readonly incompleteCases: number;
  readonly verdicts: Verdicts;
  /** With `lateAnswers`: the deadlines that had to fire, and any that fired twice. */
  readonly deadlines?: DeadlineTally;
  /** The audit's own words when a verdict failed. */
  readonly failures: string[];
}

const AUDITOR = { sub: 'drill-auditor', role: 'auditor', teams: ['information-services'] } as const;

/** Every ten seconds: how far the load has got, so a long drill shows it is alive. */
function reportProgress(load: SteadyEmailLoad, client: RetryingStaffClient, log: Logger): NodeJS.Timeout {
  return setInterval(() => {
    const { records } = client;
    log.info('progress', {
      cases: load.cases.length,
      commandsAnswered: records.filter((command) => command.answer).length,
      commandsWaiting: records.filter((command) => !command.answer && command.refused === undefined).length,
    });
  }, 10_000);
}

/**
 * The drill: a steady load of e-mail cases, the faults played one after another at random
 * moments, then the count of what every answered command left on the topic and in the read
 * model, the workflows left running, and the auditors' verdicts.
 */
export async function runDrill(stage: Stage, faults: readonly Fault[], options: DrillOptions, log: Logger): Promise<DrillOutcome> {
  const from = await topicEnds(stage.kafka, stage.topic);
  const client = new RetryingStaffClient(stage.apiUrl, stage.tokens, options.retry);
  const load = new SteadyEmailLoad(client, options.casesPerSecond, options.lateAnswers);
  const loadStartedAt = Date.now();
  log.info('load started', { casesPerSecond: options.casesPerSecond, faults: faults.map((fault) => fault.kind) });
  load.start();
  const progress = reportProgress(load, client, log);
  try {
    const windows = await playFaults(faults, options.schedule, log);
    const cases = await load.stop();
    log.info('load stopped; counting', { cases: cases.length, opened: cases.filter((drillCase) => caseIdOf(drillCase)).length });
    const findings = await collectFindings({ ...stage, from }, cases);
    const stuck = await stuckWorkflows(stage.temporal, cases);
    const token = await stage.tokens.token(AUDITOR);
    const { failures, ...verdicts } = await auditVerdicts({ ...stage.auditEnv, AUDIT_API_URL: stage.apiUrl, AUDIT_API_TOKEN: token });
    return {
      rows: tally(cases, windows, findings, loadStartedAt),
      cases: cases.length,
      stuckWorkflows: stuck,
      incompleteCases: incompleteCases(findings).length,
      verdicts,
      ...(options.lateAnswers && { deadlines: deadlineTally(cases, findings) }),
      failures,
    };
  } finally {
    clearInterval(progress);
  }
}
