import { Injectable } from '@nestjs/common';
import type { Person } from '@entente/domain';
import type { TelephoneInquiryView } from '@entente/workflows';
import { CaseCommands } from '../temporal/case-commands';
import type { CommandContext } from '../temporal/case-workflow.gateway';
import type { RecordTelephoneInquiryDto } from './dto/record-telephone-inquiry.dto';

const TYPE = 'telephone-inquiry';

/**
 * A telephone call and its outcome, recorded at the call; the case closes with it. The domain's
 * `CorrectTelephoneInquiry` is not offered: the workflow has ended by the time anyone could send it.
 */
@Injectable()
export class TelephoneInquiryUseCases {
  constructor(private readonly commands: CaseCommands) {}

  record(dto: RecordTelephoneInquiryDto, context: CommandContext): Promise<TelephoneInquiryView> {
    const data = (caseId: string, at: string) => ({ caseId, ...dto, calledAt: dto.calledAt ?? at });
    return this.commands.open(TYPE, 'RecordTelephoneInquiry', data, context);
  }

  live(caseId: string, reader: Person): Promise<TelephoneInquiryView> {
    return this.commands.live(TYPE, caseId, reader);
  }
}
