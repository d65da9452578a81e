import { Body, Get, Param } from '@nestjs/common';
import { ApiOkResponse, ApiOperation } from '@nestjs/swagger';
import { mayIssueTelephoneInquiryCommand, type Person } from '@entente/domain';
import { CaseViewDto } from '../cases/dto/case-view.dto';
import { CaseIdParams } from '../http/case-id.params';
import { CommandContextOf } from '../http/command-context.decorator';
import { CommandController, CommandRoute, openedCaseAnswer } from '../http/command-route.decorator';
import type { CommandContext } from '../temporal/case-workflow.gateway';
import { RecordTelephoneInquiryDto } from './dto/record-telephone-inquiry.dto';
import { TelephoneInquiryUseCases } from './telephone-inquiry.use-cases';
import { JournaledRead } from '../access-journal/journaled-read';
import { ReaderOf } from '../auth/reader-of.decorator';

/** Telephone information requests: answered at once, or the caller told whom to reach; no clock. */
@CommandController('telephone-inquiries')
export class TelephoneInquiryController {
  constructor(private readonly inquiries: TelephoneInquiryUseCases) {}

  @CommandRoute(
    'RecordTelephoneInquiry',
    '',
    mayIssueTelephoneInquiryCommand,
    openedCaseAnswer('The call is recorded and its case closed.'),
  )
  record(@Body() dto: RecordTelephoneInquiryDto, @CommandContextOf() context: CommandContext) {
    return this.inquiries.record(dto, context);
  }

  @Get(':caseId/live')
  @JournaledRead('telephone-inquiry')
  @ApiOperation({ summary: 'A recorded telephone call, from its workflow' })
  @ApiOkResponse({
    type: CaseViewDto,
    description:
      'The recorded call, from its (closed) workflow (within the scope of the reader, 404 outside it; personal fields masked for auditors).',
  })
  live(@Param() { caseId }: CaseIdParams, @ReaderOf() reader: Person) {
    return this.inquiries.live(caseId, reader);
  }
}
