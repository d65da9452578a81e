import { NativeConnection, Worker } from '@temporalio/worker';
import { caseWorkflowId } from '@entente/contracts';
import type { EvaluatingPremierMission, PremierMission } from '@entente/domain';
import { temporalTransport } from '@entente/platform';
import { caseWorkflowCode } from '@entente/worker';
import { caseViewQuery, type CaseView } from '@entente/workflows';
import type { ApiStack } from '../api/api-harness';
import { eventually } from '../projector/projector-harness';
import { testVerificationKey } from './command-proofs';

const DAY = 86_400_000;
const inDays = (days: number) => new Date(Date.now() + days * DAY).toISOString();

/** A mission as its supervisor plans it: in Tokyo, a month ahead, led by `officerId`. */
export const missionPlan = (officerId: string) => ({
  destination: { city: 'Tokyo', country: 'Japan', timeZone: 'Asia/Tokyo' },
  theme: 'Intelligence artificielle et sciences de la vie',
  startsOn: inDays(30).slice(0, 10),
  endsOn: inDays(34).slice(0, 10),
  officerId,
});

export interface MissionParticipantBody {
  readonly participantId: string;
  readonly name: string;
  readonly kind: string;
  readonly contact: object;
}

export interface EvaluatedMission {
  readonly caseId: string;
  readonly state: EvaluatingPremierMission;
}

/**
 * Premier-led missions brought to their evaluation through an API stack. A mission ends no sooner
 * than its last day, which a test cannot wait for: it is run through the API to its start, then
 * continued as new, as its own workflow would, with its last day moved to seconds ahead (the only
 * way a run takes carried state, docs/adr/0012), on a worker of this helper's own. Its own timer
 * then ends it and sends the evaluation.
 */
export class MissionsBeingEvaluated {
  private connection?: NativeConnection;
  private worker?: Worker;
  private running?: Promise<void>;

  constructor(private readonly stack: ApiStack) {}

  private get queue(): string {
    return `${this.stack.taskQueue}-continuing`;
  }

  /** After the stack has started. */
  async start(): Promise<void> {
    this.connection = await NativeConnection.connect(temporalTransport(this.stack.engines));
    this.worker = await Worker.create({
      connection: this.connection,
      namespace: this.stack.engines.temporalNamespace,
      taskQueue: this.queue,
      ...caseWorkflowCode(testVerificationKey(), undefined, require.resolve('./continuing-workflows')),
      dataConverter: this.stack.dataConverter,
    });
    this.running = this.worker.run();
  }

  async stop(): Promise<void> {
    this.worker?.shutdown();
    await this.running;
    await this.connection?.close();
  }

  /**
   * A mission planned with `participants`, a hotel for the delegation and the `services` given
   * (meetings for one participant, say), started early, then ended by its timer.
   */
  async mission(
    plan: ReturnType<typeof missionPlan>,
    participants: readonly MissionParticipantBody[],
    services: readonly object[] = [],
  ): Promise<EvaluatedMission> {
    const { body } = await this.staff('', plan, 'supervisor');
    const caseId: string = body.caseId;
    for (const participant of participants) await this.staff(`/${caseId}/participants`, participant, 'intake-officer');
    const hotel = { kind: 'accommodation', description: 'Hôtel Okura, la délégation' };
    for (const service of [hotel, ...services]) await this.staff(`/${caseId}/logistics`, service, 'case-officer', plan.officerId);
    return { caseId, state: await this.ended(caseId, plan.officerId) };
  }

  /** Starts the mission, then continues it with its last day seconds ahead, until its evaluation is sent. */
  private async ended(caseId: string, officerId: string): Promise<EvaluatingPremierMission> {
    await this.staff(`/${caseId}/start`, {}, 'case-officer', officerId);
    const handle = this.stack.temporal.workflow.getHandle(caseWorkflowId('premier-mission', caseId));
    const { sequence, state } = (await handle.query(caseViewQuery)) as CaseView<PremierMission>;
    const stored = await this.stack.readModel(caseId, (detail) => detail.timeline.length === sequence);
    const { hash } = stored.timeline.at(-1) as unknown as { hash: string };
    await handle.terminate('continued below, its last day seconds ahead');
    const endsAt = new Date(Date.now() + 3_000).toISOString();
    const carried = { state: { ...state, startsAt: inDays(-2), endsAt }, head: { sequence, hash } };
    await this.stack.temporal.workflow.start('continueInto', {
      workflowId: handle.workflowId,
      taskQueue: this.queue,
      args: ['premierMissionWorkflow', { caseId, carried }, this.stack.taskQueue],
    });
    return eventually('the mission ended by its timer, its evaluation sent', async () => {
      const view = (await handle.query(caseViewQuery).catch(() => undefined)) as CaseView<PremierMission> | undefined;
      return view?.state.status === 'evaluating' ? (view.state as EvaluatingPremierMission) : undefined;
    });
  }

  /** A staff step on missions, as `role` (and `sub`, when the step is the officer's). */
  private staff(path: string, body: object, role: 'supervisor' | 'intake-officer' | 'case-officer', sub?: string) {
    return this.stack
      .http()
      .post(`/premier-missions${path}`)
      .set('Authorization', this.stack.bearer(role, sub))
      .send(body)
      .expect((response) => response.status < 300);
  }
}
