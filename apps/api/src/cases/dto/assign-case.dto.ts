import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';
import { IsText } from '../../http/is-text.decorator';

export class AssignCaseDto {
  @ApiProperty({ example: 'carole', description: 'The case officer who will answer.' })
  @IsText(200)
  officerId!: string;

  @ApiPropertyOptional({ example: 'Carole is back from leave', description: 'Kept when a held case is reassigned.' })
  @IsOptional()
  @IsText(2000)
  reason?: string;
}
