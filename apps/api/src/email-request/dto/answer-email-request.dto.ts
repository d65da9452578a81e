import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';
import { IsInstant } from '../../http/is-instant.decorator';
import { IsText } from '../../http/is-text.decorator';
import type { CommandBody } from '../../http/command-body';

export class AnswerEmailRequestDto implements CommandBody<'email-request', 'AnswerEmailRequest'> {
  @ApiProperty({ example: 'Bonjour, les critères sont publiés sur notre site…' })
  @IsText(100_000)
  answer!: string;

  @ApiPropertyOptional({
    example: '2026-11-27T21:30:00.000Z',
    description:
      'When the answer was sent: when it happened; defaults to now; not in the future nor before the receipt. The clock counts it.',
  })
  @IsOptional()
  @IsInstant()
  answeredAt?: string;
}
