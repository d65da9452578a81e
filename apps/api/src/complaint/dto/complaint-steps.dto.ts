import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { COMPLAINT_CLOSE_REASONS, COMPLAINT_CONCLUSIONS, type ComplaintCloseReason, type ComplaintConclusion } from '@entente/domain';
import { IsInstant } from '../../http/is-instant.decorator';
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
    description: 'The answer sent to the complainant (stops the clock), once the findings it states are recorded.',
  })
  @IsText(20_000)
  answer!: string;

  @ApiPropertyOptional({
    example: '2026-05-26T15:00:00.000Z',
    description:
      'When the answer was sent: when it happened; defaults to now; not in the future nor before the receipt. The clock counts it.',
  })
  @IsOptional()
  @IsInstant()
  answeredAt?: string;
}

export class CloseComplaintDto implements CommandBody<'complaint', 'CloseComplaintWithoutAnswer'> {
  @ApiProperty({ enum: COMPLAINT_CLOSE_REASONS })
  @IsIn(COMPLAINT_CLOSE_REASONS)
  reason!: ComplaintCloseReason;

  @ApiProperty({ example: 'The complainant withdrew by telephone.' })
  @IsText(2000)
  explanation!: string;
}
