import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { REQUESTER_KINDS, type RequesterKind } from '@entente/domain';
import { IsInstant } from '../../http/is-instant.decorator';
import { IsText } from '../../http/is-text.decorator';
import { IsNestedObject } from './dto-rules';
import type { CommandBody } from '../../http/command-body';

/** Who contacted the Cooperation Service: a group supporting a parliament, or the parliament itself. */
export class RequesterDto {
  @ApiProperty({ enum: REQUESTER_KINDS }) @IsIn(REQUESTER_KINDS) kind!: RequesterKind;
  @ApiProperty({ example: 'United Nations Development Programme (UNDP)' }) @IsText(200) name!: string;
}

export class PartnerParliamentDto {
  @ApiProperty({ example: 'National Assembly of Benin' }) @IsText(200) name!: string;
  @ApiProperty({ example: 'Benin' }) @IsText(100) country!: string;
}

export class OpenCooperationEngagementDto implements CommandBody<
  'cooperation-engagement',
  'OpenCooperationEngagement',
  'caseId' | 'coordinatorId' | 'contactedAt'
> {
  @ApiProperty({ type: RequesterDto }) @IsNestedObject(() => RequesterDto) requester!: RequesterDto;
  @ApiProperty({ type: PartnerParliamentDto }) @IsNestedObject(() => PartnerParliamentDto) partnerParliament!: PartnerParliamentDto;

  @ApiProperty({ example: 'Support to the legislative process and to committee sittings.' })
  @IsText(5000)
  request!: string;

  @ApiPropertyOptional({
    example: 'sebastien.jobert',
    description: 'The coordinator in charge; a coordinator opens only for themselves. Default: the caller.',
  })
  @IsOptional()
  @IsText(200)
  coordinatorId?: string;

  @ApiPropertyOptional({ example: '2026-11-23T15:00:00.000Z', description: 'When the Cooperation Service was contacted. Default: now.' })
  @IsOptional()
  @IsInstant()
  contactedAt?: string;
}
