import { Body, Param } from '@nestjs/common';
import { CLOCK_COMMAND_PERMISSIONS, type ChainedClockCommand, type Role } from '@entente/domain';
import { CommandContextOf } from '../http/command-context.decorator';
import { CommandController, CommandRoute } from '../http/command-route.decorator';
import { CaseCommands } from '../temporal/case-commands';
import type { CommandContext } from '../temporal/case-workflow.gateway';
import { ClockParams } from './dto/clock.params';
import { PauseClockDto } from './dto/pause-clock.dto';

const mayIssueClockCommand = (type: ChainedClockCommand['type'], role: Role) => CLOCK_COMMAND_PERMISSIONS[type].includes(role);

/**
 * Any case type's service-standard clocks: paused only for a reason its standard allows, and
 * resumed with its deadlines moved by the working days the pause covered.
 */
@CommandController('clocks/:caseType/:caseId/:standardId', 'clocks')
export class ClocksController {
  constructor(private readonly commands: CaseCommands) {}

  @CommandRoute('PauseServiceStandardClock', 'pause', mayIssueClockCommand)
  pause(@Param() { caseType, caseId, standardId }: ClockParams, @Body() dto: PauseClockDto, @CommandContextOf() context: CommandContext) {
    return this.commands.sendToClock(caseType, caseId, 'PauseServiceStandardClock', { standardId, ...dto }, context);
  }

  @CommandRoute('ResumeServiceStandardClock', 'resume', mayIssueClockCommand)
  resume(@Param() { caseType, caseId, standardId }: ClockParams, @CommandContextOf() context: CommandContext) {
    return this.commands.sendToClock(caseType, caseId, 'ResumeServiceStandardClock', { standardId }, context);
  }
}
