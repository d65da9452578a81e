import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { REQUESTER_KINDS, type RequesterKind } from '@entente/domain';
import { IsInstant } from '../../http/is-instant.decorator';
import { IsText } from '../../http/is-text.decorator';
import { IsNestedObject } from './dto-rules';
import type { CommandBody } from '../../http/command-body';

const AS_TEXT = 'Deprecated, accepted for one version: the name as text, read against the reference list';

/** Who contacted the Cooperation Service: a group supporting a parliament, or the parliament itself. */
export class RequesterDto {
  @ApiProperty({ enum: REQUESTER_KINDS }) @IsIn(REQUESTER_KINDS) kind!: RequesterKind;

  @ApiPropertyOptional({
    example: 'undp',
    description: 'A support organization by its id (`GET /reference/support-organizations`); 422 when unknown.',
  })
  @IsOptional()
  @IsText(100)
  supportOrganizationId?: string;

  @ApiPropertyOptional({
    example: 'National Assembly of Benin',
    description: `The parliament's own name when it contacted the Service itself; for a support organization, ${AS_TEXT}.`,
  })
  @IsOptional()
  @IsText(200)
  name?: string;
}

export class PartnerParliamentDto {
  @ApiPropertyOptional({ example: 'bj-national-assembly', description: 'Its id (`GET /reference/parliaments`); 422 when unknown.' })
  @IsOptional()
  @IsText(100)
  parliamentId?: string;

  @ApiPropertyOptional({ example: 'National Assembly of Benin', description: `${AS_TEXT}, with \`country\`.` })
  @IsOptional()
  @IsText(200)
  name?: string;

  @ApiPropertyOptional({ example: 'Benin', description: `${AS_TEXT}, with \`name\`.` })
  @IsOptional()
  @IsText(100)
  country?: string;
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
