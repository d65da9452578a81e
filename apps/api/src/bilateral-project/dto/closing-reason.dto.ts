import { ApiProperty } from '@nestjs/swagger';
import { IsText } from '../../http/is-text.decorator';
import type { CommandBody } from '../../http/command-body';

/** Why a project closes before deployment: negotiations abandoned, or withdrawn by the institution. */
export class ClosingReasonDto
  implements CommandBody<'bilateral-project', 'AbandonPartnerNegotiations'>, CommandBody<'bilateral-project', 'WithdrawBilateralProject'>
{
  @ApiProperty({ example: 'The partner ministry withdrew from the exchange.' })
  @IsText(2000)
  reason!: string;
}
