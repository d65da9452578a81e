import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDefined, IsOptional, ValidateIf, ValidateNested } from 'class-validator';
import type { Institution } from '@entente/domain';
import { IsInstant } from '../../http/is-instant.decorator';
import { IsMoney } from '../../http/is-quantity.decorator';
import { IsText } from '../../http/is-text.decorator';
import type { CommandBody } from '../../http/command-body';
import { IsEmailAddress } from '../../http/is-email-address.decorator';

export class InstitutionDto implements Partial<Institution> {
  @ApiProperty({ example: 'Cégep de Saint-Félicien' })
  @IsText(200)
  name!: string;

  @ApiPropertyOptional({ example: 'Geneviève Bouchard', description: 'Personal information: kept confidential.' })
  @IsOptional()
  @IsText(200)
  contactName?: string;

  @ApiPropertyOptional({
    example: 'genevieve.bouchard@cstfelicien.example',
    description: 'Required (the deprecated `contactEmail` stands in for one version). Personal information: kept confidential.',
  })
  @ValidateIf((institution: InstitutionDto) => institution.contactEmail === undefined)
  @IsEmailAddress()
  email?: string;

  @ApiPropertyOptional({ deprecated: true, description: 'Deprecated: send `email`, the name every case type uses.' })
  @IsOptional()
  @IsEmailAddress()
  contactEmail?: string;
}

export class CooperationAgreementDto {
  @ApiProperty({ example: 'Québec–Bavaria Cooperation Agreement' })
  @IsText(300)
  title!: string;

  @ApiProperty({ example: 'Free State of Bavaria' })
  @IsText(200)
  partnerGovernment!: string;
}

export class RequestedSupportDto {
  @ApiProperty({ example: 'Travel costs of two trainer missions and liaison with the Bavarian ministry' })
  @IsText(2000)
  description!: string;

  @ApiPropertyOptional({ example: 18000, description: 'In Canadian dollars; absent when only services are asked for.' })
  @IsOptional()
  @IsMoney()
  amountCad?: number;
}

/** The institution's `email` may come, for one version, under its deprecated name `contactEmail`. */
export class SubmitBilateralProjectDto implements Omit<
  CommandBody<'bilateral-project', 'SubmitBilateralProject', 'caseId' | 'submittedAt'>,
  'institution'
> {
  @ApiProperty({ type: InstitutionDto })
  @IsDefined()
  @ValidateNested()
  @Type(() => InstitutionDto)
  institution!: InstitutionDto;

  @ApiProperty({ type: CooperationAgreementDto })
  @IsDefined()
  @ValidateNested()
  @Type(() => CooperationAgreementDto)
  agreement!: CooperationAgreementDto;

  @ApiProperty({ example: 'Trainer exchange in sustainable forest management' })
  @IsText(300)
  title!: string;

  @ApiProperty({ example: 'Two missions of forestry trainers between Saint-Félicien and Weihenstephan-Triesdorf.' })
  @IsText(5000)
  summary!: string;

  @ApiProperty({ example: 'Environment and sustainable development', description: 'The agreement’s priority area the project serves.' })
  @IsText(200)
  sector!: string;

  @ApiProperty({ type: RequestedSupportDto })
  @IsDefined()
  @ValidateNested()
  @Type(() => RequestedSupportDto)
  requestedSupport!: RequestedSupportDto;

  @ApiPropertyOptional({ example: '2026-11-23T15:00:00.000Z', description: 'When the institution submitted it. Default: now.' })
  @IsOptional()
  @IsInstant()
  submittedAt?: string;
}
