import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';
import { IsInstant } from '../../http/is-instant.decorator';
import { IsText } from '../../http/is-text.decorator';
import type { CommandBody } from '../../http/command-body';

// The negotiations with the foreign partners. Each instant is when it really happened (a step
// recorded late keeps it); the use case defaults it to now.

export class StartNegotiationsDto implements CommandBody<'bilateral-project', 'StartPartnerNegotiations', 'startedAt'> {
  @ApiPropertyOptional({ example: '2026-11-23T15:00:00.000Z', description: 'When they started. Default: now.' })
  @IsOptional()
  @IsInstant()
  startedAt?: string;

  @ApiPropertyOptional({ example: 'Joint commission convened with the Bavarian State Chancellery' })
  @IsOptional()
  @IsText(5000)
  notes?: string;
}

export class NegotiationRoundDto implements CommandBody<'bilateral-project', 'RecordNegotiationRound', 'heldAt'> {
  @ApiPropertyOptional({ example: '2026-11-23T15:00:00.000Z', description: 'When the round was held. Default: now.' })
  @IsOptional()
  @IsInstant()
  heldAt?: string;

  @ApiProperty({ example: 'Video conference: budget split agreed.' })
  @IsText(5000)
  notes!: string;
}

export class EndNegotiationsDto implements CommandBody<'bilateral-project', 'EndPartnerNegotiations', 'endedAt'> {
  @ApiPropertyOptional({
    example: '2026-11-23T15:00:00.000Z',
    description: 'When they truly ended: the 15-working-day clock starts here, even when recorded late. Default: now.',
  })
  @IsOptional()
  @IsInstant()
  endedAt?: string;

  @ApiPropertyOptional({ example: 'Project retained by the joint commission' })
  @IsOptional()
  @IsText(5000)
  notes?: string;
}
