import { Injectable, NotFoundException } from '@nestjs/common';
import { actionPlanVersion, diffActionPlanVersions, localDateOf, STANDARDS_TIME_ZONE, type Person } from '@entente/domain';
import type { CooperationEngagementView, StaffCommandData, StaffCommandType } from '@entente/workflows';
import { CaseCommands } from '../temporal/case-commands';
import type { CommandContext } from '../temporal/case-workflow.gateway';
import type { ActionPlanDiffDto } from './dto/action-plan-diff.dto';
import type { PartnerAnswerDto, PlanDiffQuery } from './dto/action-plan.dto';
import type { AssessmentMissionHeldDto, ReassignEngagementDto } from './dto/needs-assessment.dto';
import type { OpenCooperationEngagementDto } from './dto/open-cooperation-engagement.dto';
import type { ActivityHeldDto } from './dto/service-delivery.dto';

const TYPE = 'cooperation-engagement';
type CommandType = StaffCommandType<typeof TYPE>;
type PartnerAnswer = 'ApproveActionPlan' | 'RequestActionPlanModifications' | 'RejectActionPlan';

const now = () => new Date().toISOString();
/** Today in Québec: the default day a mission or an activity was held. */
const today = () => localDateOf(now(), STANDARDS_TIME_ZONE);

/**
 * A cooperation engagement's commands. DTO fields are the domain command's, so most pass as
 * they are; these fill in the defaults (now, today, the caller as coordinator). The workflow
 * plans the partner-answer clock at each proposal and the report clock at the end of delivery.
 */
@Injectable()
export class CooperationEngagementUseCases {
  constructor(private readonly commands: CaseCommands) {}

  open(dto: OpenCooperationEngagementDto, context: CommandContext): Promise<CooperationEngagementView> {
    const data = (caseId: string) => ({
      caseId,
      ...dto,
      coordinatorId: dto.coordinatorId ?? context.actor.id,
      contactedAt: dto.contactedAt ?? now(),
    });
    return this.commands.open(TYPE, 'OpenCooperationEngagement', data, context);
  }

  send<K extends CommandType>(
    caseId: string,
    type: K,
    data: StaffCommandData<typeof TYPE, K>,
    context: CommandContext,
  ): Promise<CooperationEngagementView> {
    return this.commands.send(TYPE, caseId, type, data, context);
  }

  reassign(caseId: string, dto: ReassignEngagementDto, context: CommandContext): Promise<CooperationEngagementView> {
    return this.send(caseId, 'ReassignCooperationEngagement', { coordinatorId: dto.coordinatorId, reason: dto.reason ?? null }, context);
  }

  recordMissionHeld(caseId: string, dto: AssessmentMissionHeldDto, context: CommandContext): Promise<CooperationEngagementView> {
    return this.send(caseId, 'RecordAssessmentMissionHeld', { ...dto, heldOn: dto.heldOn ?? today() }, context);
  }

  /** The partner's answer to `version` (with its comments or reason), recorded on its behalf. */
  answer(
    caseId: string,
    type: PartnerAnswer,
    version: number,
    dto: PartnerAnswerDto,
    context: CommandContext,
  ): Promise<CooperationEngagementView> {
    return this.send(caseId, type, { ...dto, version, answeredAt: dto.answeredAt ?? now() }, context);
  }

  recordActivityHeld(
    caseId: string,
    activityId: string,
    dto: ActivityHeldDto,
    context: CommandContext,
  ): Promise<CooperationEngagementView> {
    return this.send(caseId, 'RecordActivityHeld', { activityId, heldOn: dto.heldOn ?? today(), notes: dto.notes ?? null }, context);
  }

  live(caseId: string, reader: Person): Promise<CooperationEngagementView> {
    return this.commands.live(TYPE, caseId, reader);
  }

  /** What changed between two kept versions of the plan, on the engagement as its workflow holds it. */
  async diffPlans(caseId: string, { from, to }: PlanDiffQuery, reader: Person): Promise<ActionPlanDiffDto> {
    const { state } = await this.live(caseId, reader);
    const changes = diffActionPlanVersions(state, from, to);
    if (changes === null) {
      const [field, version] = actionPlanVersion(state, from) ? ['to', to] : ['from', from];
      throw new NotFoundException({ message: `case ${caseId} has no action plan version ${version}`, field });
    }
    return { caseId, from, to, changes };
  }
}
