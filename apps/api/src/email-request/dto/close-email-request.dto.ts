import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { CLOSE_WITHOUT_ANSWER_REASONS, CloseWithoutAnswerReason } from '@entente/domain';
import { IsText } from '../../http/is-text.decorator';
import type { CommandBody } from '../../http/command-body';

export class CloseEmailRequestDto implements CommandBody<'email-request', 'CloseEmailRequestWithoutAnswer'> {
  @ApiProperty({ enum: CLOSE_WITHOUT_ANSWER_REASONS })
  @IsIn(CLOSE_WITHOUT_ANSWER_REASONS)
  reason!: CloseWithoutAnswerReason;

  @ApiProperty({ example: 'Same question as the e-mail of 20 November' })
  @IsText(2000)
  explanation!: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'The case this one repeats; only with reason "duplicate".' })
  @IsOptional()
  @IsUUID()
  duplicateOf?: string;
}
