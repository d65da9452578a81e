import { Controller, ForbiddenException, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiForbiddenResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { mayAudit, type Person } from '@entente/domain';
import { ReaderOf } from '../auth/reader-of.decorator';
import { VerifyLogUseCase } from './use-cases/verify-log.use-case';

/** Tamper evidence for the whole stored log: a scan of every case, for the auditors. */
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
  @ApiForbiddenResponse({ description: 'Only auditors verify the whole log.' })
  verifyLog(@ReaderOf() reader: Person) {
    if (!mayAudit(reader)) throw new ForbiddenException(`${reader.role} may not verify the whole log: auditors do`);
    return this.verifying.execute();
  }
}
