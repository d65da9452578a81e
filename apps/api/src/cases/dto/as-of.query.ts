import { ApiProperty } from '@nestjs/swagger';
import { IsInstant } from '../../http/is-instant.decorator';

export class AsOfQuery {
  @ApiProperty({ example: '2026-11-25T12:00:00.000Z', description: 'An instant with its offset.' })
  @IsInstant()
  at!: string;
}
