import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CLOCK_COMMAND_PERMISSIONS } from '@entente/domain';
import { IssuesCommand } from '../auth/issues-command.decorator';
import { CaseViewDto } from '../cases/dto/case-view.dto';
import { ApiIdempotencyKey, CommandContextOf } from '../http/command-context.decorator';
import { CaseCommands } from '../temporal/case-commands';
import type { CommandContext } from '../temporal/case-workflow.gateway';
import { ClockParams } from './dto/clock.params';
import { PauseClockDto } from './dto/pause-clock.dto';

const staff = (type: 'PauseServiceStandardClock' | 'ResumeServiceStandardClock') =>
  IssuesCommand(type, (role) => CLOCK_COMMAND_PERMISSIONS[type].includes(role));

/**
 * Any case type's service-standard clocks: paused only for a reason its standard allows, and
 * resumed with its deadlines moved by the working days the pause covered.
 */
@ApiTags('clocks')
@ApiBearerAuth()
@ApiIdempotencyKey()
@Controller('clocks/:caseType/:caseId/:standardId')
export class ClocksController {
  constructor(private readonly commands: CaseCommands) {}

  @Post('pause')
  @HttpCode(200)
  @staff('PauseServiceStandardClock')
  @ApiOkResponse({ type: CaseViewDto })
  pause(@Param() { caseType, caseId, standardId }: ClockParams, @Body() dto: PauseClockDto, @CommandContextOf() context: CommandContext) {
    return this.commands.send(caseType, caseId, 'PauseServiceStandardClock', { standardId, ...dto }, context);
  }

  @Post('resume')
  @HttpCode(200)
  @staff('ResumeServiceStandardClock')
  @ApiOkResponse({ type: CaseViewDto })
  resume(@Param() { caseType, caseId, standardId }: ClockParams, @CommandContextOf() context: CommandContext) {
    return this.commands.send(caseType, caseId, 'ResumeServiceStandardClock', { standardId }, context);
  }
}
