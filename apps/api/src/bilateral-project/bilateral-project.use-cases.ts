import { Injectable } from '@nestjs/common';
import type { Person } from '@entente/domain';
import type { BilateralProjectView, StaffCommandData, StaffCommandType } from '@entente/workflows';
import { CaseCommands } from '../temporal/case-commands';
import type { CommandContext } from '../temporal/case-workflow.gateway';
import type { AssignCaseDto } from '../cases/dto/assign-case.dto';
import type { ClosingReasonDto } from './dto/closing-reason.dto';
import type { EndNegotiationsDto, NegotiationRoundDto, StartNegotiationsDto } from './dto/negotiations.dto';
import type { AnalysisResultDto, DeployedDto, DeploymentSupportDto } from './dto/outcome.dto';
import type { SubmitBilateralProjectDto } from './dto/submit-bilateral-project.dto';

const TYPE = 'bilateral-project';
type CommandType = StaffCommandType<typeof TYPE>;

/**
 * The bilateral project's commands. Each names the domain command it sends; the workflow plans
 * the analysis-result clock from `endedAt` when the negotiations end.
 */
@Injectable()
export class BilateralProjectUseCases {
  constructor(private readonly commands: CaseCommands) {}

  submit(dto: SubmitBilateralProjectDto, context: CommandContext): Promise<BilateralProjectView> {
    // Validation holds one of the two; the deprecated `contactEmail` is read for one version.
    const { contactEmail, ...institution } = dto.institution;
    const email = institution.email ?? contactEmail ?? '';
    const data = (caseId: string, at: string) => ({
      caseId,
      ...dto,
      institution: { ...institution, email },
      submittedAt: dto.submittedAt ?? at,
    });
    return this.commands.open(TYPE, 'SubmitBilateralProject', data, context);
  }

  assign(caseId: string, dto: AssignCaseDto, context: CommandContext): Promise<BilateralProjectView> {
    return this.send(caseId, 'AssignBilateralProject', { officerId: dto.officerId, reason: dto.reason ?? null }, context);
  }

  startNegotiations(caseId: string, dto: StartNegotiationsDto, context: CommandContext): Promise<BilateralProjectView> {
    return this.send(caseId, 'StartPartnerNegotiations', (at) => ({ notes: dto.notes ?? null, startedAt: dto.startedAt ?? at }), context);
  }

  recordRound(caseId: string, dto: NegotiationRoundDto, context: CommandContext): Promise<BilateralProjectView> {
    return this.send(caseId, 'RecordNegotiationRound', (at) => ({ notes: dto.notes, heldAt: dto.heldAt ?? at }), context);
  }

  endNegotiations(caseId: string, dto: EndNegotiationsDto, context: CommandContext): Promise<BilateralProjectView> {
    return this.send(caseId, 'EndPartnerNegotiations', (at) => ({ notes: dto.notes ?? null, endedAt: dto.endedAt ?? at }), context);
  }

  abandonNegotiations(caseId: string, dto: ClosingReasonDto, context: CommandContext): Promise<BilateralProjectView> {
    return this.send(caseId, 'AbandonPartnerNegotiations', { reason: dto.reason }, context);
  }

  notifyAnalysisResult(caseId: string, dto: AnalysisResultDto, context: CommandContext): Promise<BilateralProjectView> {
    return this.send(caseId, 'NotifyProjectAnalysisResult', dto, context);
  }

  recordSupport(caseId: string, dto: DeploymentSupportDto, context: CommandContext): Promise<BilateralProjectView> {
    return this.send(
      caseId,
      'RecordDeploymentSupport',
      (at) => ({ description: dto.description, providedAt: dto.providedAt ?? at }),
      context,
    );
  }

  recordDeployed(caseId: string, dto: DeployedDto, context: CommandContext): Promise<BilateralProjectView> {
    return this.send(caseId, 'RecordBilateralProjectDeployed', (at) => ({ report: dto.report, deployedAt: dto.deployedAt ?? at }), context);
  }

  withdraw(caseId: string, dto: ClosingReasonDto, context: CommandContext): Promise<BilateralProjectView> {
    return this.send(caseId, 'WithdrawBilateralProject', { reason: dto.reason }, context);
  }

  live(caseId: string, reader: Person): Promise<BilateralProjectView> {
    return this.commands.live(TYPE, caseId, reader);
  }

  private send<K extends CommandType>(
    caseId: string,
    commandType: K,
    // A fact's own instant as stated, or, recorded as it happens, when the command was first sent.
    data: StaffCommandData<typeof TYPE, K> | ((at: string) => StaffCommandData<typeof TYPE, K>),
    context: CommandContext,
  ): Promise<BilateralProjectView> {
    return this.commands.send(TYPE, caseId, commandType, data, context);
  }
}
