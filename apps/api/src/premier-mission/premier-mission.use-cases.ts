import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { Person } from '@entente/domain';
import type { PremierMissionView } from '@entente/workflows';
import { CaseCommands } from '../temporal/case-commands';
import type { CommandContext } from '../temporal/case-workflow.gateway';
import type { MissionEvaluationDto } from './dto/mission-evaluation.dto';
import type { EvaluationAnswerDto } from './dto/evaluation-answer.dto';
import type { CancelMissionDto, EndMissionDto, LogisticsServiceDto, RegisterParticipantDto } from './dto/mission-steps.dto';
import type { PlanPremierMissionDto } from './dto/plan-premier-mission.dto';
import { missionEvaluationOf } from './premier-mission.evaluation-view';

const TYPE = 'premier-mission';
const now = () => new Date().toISOString();

/**
 * The Premier-led mission's commands. Each names the domain command it sends; the workflow's
 * timers start and end the mission on its dates, remind participants and compile their answers.
 */
@Injectable()
export class PremierMissionUseCases {
  constructor(private readonly commands: CaseCommands) {}

  plan(dto: PlanPremierMissionDto, context: CommandContext): Promise<PremierMissionView> {
    return this.commands.open(TYPE, 'PlanPremierMission', (caseId) => ({ caseId, ...dto }), context);
  }

  assign(caseId: string, data: { officerId: string; reason?: string }, context: CommandContext): Promise<PremierMissionView> {
    return this.commands.send(TYPE, caseId, 'AssignPremierMission', { officerId: data.officerId, reason: data.reason ?? null }, context);
  }

  register(caseId: string, dto: RegisterParticipantDto, context: CommandContext): Promise<PremierMissionView> {
    const data = { ...dto, participantId: dto.participantId ?? randomUUID(), registeredAt: dto.registeredAt ?? now() };
    return this.commands.send(TYPE, caseId, 'RegisterMissionParticipant', data, context);
  }

  closeRegistration(caseId: string, context: CommandContext): Promise<PremierMissionView> {
    return this.commands.send(TYPE, caseId, 'ClosePremierMissionRegistration', {}, context);
  }

  recordLogistics(caseId: string, dto: LogisticsServiceDto, context: CommandContext): Promise<PremierMissionView> {
    return this.commands.send(TYPE, caseId, 'RecordMissionLogisticsService', { ...dto, serviceId: dto.serviceId ?? randomUUID() }, context);
  }

  start(caseId: string, context: CommandContext): Promise<PremierMissionView> {
    return this.commands.send(TYPE, caseId, 'StartPremierMission', {}, context);
  }

  /** The workflow plans the evaluation (reminder, closing) in an activity before deciding. */
  end(caseId: string, dto: EndMissionDto, context: CommandContext): Promise<PremierMissionView> {
    return this.commands.send(TYPE, caseId, 'EndPremierMission', { endedAt: dto.endedAt ?? null }, context);
  }

  recordAnswer(caseId: string, dto: EvaluationAnswerDto, context: CommandContext): Promise<PremierMissionView> {
    return this.commands.send(TYPE, caseId, 'RecordMissionEvaluationAnswer', { ...dto, answeredAt: dto.answeredAt ?? now() }, context);
  }

  cancel(caseId: string, dto: CancelMissionDto, context: CommandContext): Promise<PremierMissionView> {
    return this.commands.send(TYPE, caseId, 'CancelPremierMission', dto, context);
  }

  live(caseId: string, reader: Person): Promise<PremierMissionView> {
    return this.commands.live(TYPE, caseId, reader);
  }

  async evaluation(caseId: string, reader: Person): Promise<MissionEvaluationDto> {
    return missionEvaluationOf(await this.live(caseId, reader));
  }
}
