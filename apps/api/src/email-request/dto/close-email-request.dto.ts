import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { CLOSE_WITHOUT_ANSWER_REASONS, CloseWithoutAnswerReason } from '@entente/domain';
import { IsText } from '../../http/is-text.decorator';

export class CloseEmailRequestDto {
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
