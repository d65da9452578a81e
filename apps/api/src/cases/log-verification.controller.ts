import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { VerifyLogUseCase } from './use-cases/verify-log.use-case';

/** Tamper evidence for the whole stored log; a read, so open to every signed-in role. */
@ApiTags('audit')
@ApiBearerAuth()
@Controller('audit')
export class LogVerificationController {
  constructor(private readonly verifying: VerifyLogUseCase) {}

  @Get('verification')
  @ApiOperation({ summary: 'Tamper evidence for the whole stored log' })
  @ApiOkResponse({
    description: 'Every case of the log verified: counts, and each case whose chain fails with its first failing event and why.',
  })
  verifyLog() {
    return this.verifying.execute();
  }
}
