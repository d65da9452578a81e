import { Injectable } from '@nestjs/common';
import type { Person } from '@entente/domain';
import type { InternshipApplicationView } from '@entente/workflows';
import { CaseCommands } from '../temporal/case-commands';
import type { CommandContext } from '../temporal/case-workflow.gateway';
import type { FileInternshipApplicationDto } from './dto/file-internship-application.dto';
import type { EligibilityReplyDto, FinalReplyDto, InterviewHeldDto, ScheduleInterviewDto, WithdrawDto } from './dto/internship-steps.dto';

const TYPE = 'internship-application';

/**
 * The internship application's commands. Each names the domain command it sends; the workflow
 * plans the eligibility clock at filing and the final-reply clock at the interview.
 */
@Injectable()
export class InternshipApplicationUseCases {
  constructor(private readonly commands: CaseCommands) {}

  file(dto: FileInternshipApplicationDto, context: CommandContext): Promise<InternshipApplicationView> {
    const data = (caseId: string, at: string) => ({ caseId, ...dto, filedAt: dto.filedAt ?? at });
    return this.commands.open(TYPE, 'FileInternshipApplication', data, context);
  }

  assign(caseId: string, data: { officerId: string; reason?: string }, context: CommandContext): Promise<InternshipApplicationView> {
    return this.commands.send(
      TYPE,
      caseId,
      'AssignInternshipApplication',
      { officerId: data.officerId, reason: data.reason ?? null },
      context,
    );
  }

  replyOnEligibility(caseId: string, dto: EligibilityReplyDto, context: CommandContext): Promise<InternshipApplicationView> {
    return this.commands.send(TYPE, caseId, 'SendEligibilityReply', dto, context);
  }

  scheduleInterview(caseId: string, dto: ScheduleInterviewDto, context: CommandContext): Promise<InternshipApplicationView> {
    return this.commands.send(TYPE, caseId, 'ScheduleInterview', dto, context);
  }

  recordInterviewHeld(caseId: string, dto: InterviewHeldDto, context: CommandContext): Promise<InternshipApplicationView> {
    return this.commands.send(TYPE, caseId, 'RecordInterviewHeld', (at) => ({ panel: dto.panel, heldAt: dto.heldAt ?? at }), context);
  }

  sendFinalReply(caseId: string, dto: FinalReplyDto, context: CommandContext): Promise<InternshipApplicationView> {
    return this.commands.send(TYPE, caseId, 'SendFinalReply', dto, context);
  }

  withdraw(caseId: string, dto: WithdrawDto, context: CommandContext): Promise<InternshipApplicationView> {
    return this.commands.send(TYPE, caseId, 'WithdrawInternshipApplication', { reason: dto.reason ?? null }, context);
  }

  live(caseId: string, reader: Person): Promise<InternshipApplicationView> {
    return this.commands.live(TYPE, caseId, reader);
  }
}
