import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';
import { IsInstant } from '../../http/is-instant.decorator';
import { IsText } from '../../http/is-text.decorator';
import { IsNestedObject, IsRating } from './dto-rules';
import type { CommandBody } from '../../http/command-body';

/** The domain's evaluation aspects; the participant rates those they used, at least one. */
export class EvaluationRatingsDto {
  @IsRating() accommodation?: number;
  @IsRating() transport?: number;
  @IsRating() briefing?: number;
  @IsRating() meetings?: number;
  @IsRating() interpretation?: number;
  @IsRating() 'overall-organization'?: number;
}

export class EvaluationAnswerDto implements CommandBody<'premier-mission', 'RecordMissionEvaluationAnswer', 'answeredAt'> {
  @ApiProperty({ example: 'ulaval' }) @IsText(100) participantId!: string;

  @ApiProperty({ type: EvaluationRatingsDto })
  @IsNestedObject(() => EvaluationRatingsDto)
  ratings!: EvaluationRatingsDto;

  @ApiPropertyOptional({ example: 'Rencontres très bien ciblées.' })
  @IsOptional()
  @IsText(4000)
  comment?: string;

  @ApiPropertyOptional({ description: 'When the participant answered (a paper form recorded late keeps it). Default: now.' })
  @IsOptional()
  @IsInstant()
  answeredAt?: string;
}
