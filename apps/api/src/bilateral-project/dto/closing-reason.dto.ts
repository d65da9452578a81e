import { ApiProperty } from '@nestjs/swagger';
import { IsText } from '../../http/is-text.decorator';

/** Why a project closes before deployment: negotiations abandoned, or withdrawn by the institution. */
export class ClosingReasonDto {
  @ApiProperty({ example: 'The partner ministry withdrew from the exchange.' })
  @IsText(2000)
  reason!: string;
}
