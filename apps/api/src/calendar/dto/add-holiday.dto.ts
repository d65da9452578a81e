import { ApiProperty } from '@nestjs/swagger';
import { IsLocalDate } from '../../http/is-local-date.decorator';
import { IsText } from '../../http/is-text.decorator';

/** A holiday the government fixes (Québec regulation J-3, r. 3, s. 3 allows it), and why. */
export class AddHolidayDto {
  @ApiProperty({ example: '2026-11-27', description: 'Québec date.' })
  @IsLocalDate()
  date!: string;

  @ApiProperty({ example: 'Journée de deuil national' })
  @IsText(200)
  name!: string;

  @ApiProperty({ example: 'Décret 1234-2026: holiday fixed by the government' })
  @IsText(2000)
  reason!: string;
}
