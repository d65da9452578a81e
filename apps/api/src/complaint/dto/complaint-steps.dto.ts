import { ApiProperty } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { COMPLAINT_CLOSE_REASONS, COMPLAINT_CONCLUSIONS, type ComplaintCloseReason, type ComplaintConclusion } from '@entente/domain';
import { IsText } from '../../http/is-text.decorator';
import type { CommandBody } from '../../http/command-body';

export class ComplaintFindingsDto implements CommandBody<'complaint', 'RecordComplaintFindings'> {
  @ApiProperty({ example: 'The e-mail was filed as spam by the mail gateway and never reached an officer.' })
  @IsText(20_000)
  findings!: string;

  @ApiProperty({ enum: COMPLAINT_CONCLUSIONS })
  @IsIn(COMPLAINT_CONCLUSIONS)
  conclusion!: ComplaintConclusion;
}

export class AnswerComplaintDto implements CommandBody<'complaint', 'AnswerComplaint'> {
  @ApiProperty({
    example: 'We apologize; your question is answered below.',
    description: 'The answer sent to the complainant (stops the clock).',
  })
  @IsText(20_000)
  answer!: string;
}

export class CloseComplaintDto implements CommandBody<'complaint', 'CloseComplaintWithoutAnswer'> {
  @ApiProperty({ enum: COMPLAINT_CLOSE_REASONS })
  @IsIn(COMPLAINT_CLOSE_REASONS)
  reason!: ComplaintCloseReason;

  @ApiProperty({ example: 'The complainant withdrew by telephone.' })
  @IsText(2000)
  explanation!: string;
}
