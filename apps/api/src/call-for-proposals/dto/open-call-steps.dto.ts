import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDefined, IsOptional, ValidateIf, ValidateNested } from 'class-validator';
import type { Organization } from '@entente/domain';
import { IsInstant } from '../../http/is-instant.decorator';
import { IsText } from '../../http/is-text.decorator';
import type { CommandBody } from '../../http/command-body';
import { IsEmailAddress } from '../../http/is-email-address.decorator';

/** The organization's `email` may come, for one version, under its deprecated name `contactEmail`. */
export class OrganizationDto implements Partial<Organization> {
  @ApiProperty({ example: 'oxfam-quebec', description: 'Groups the organization’s proposals into one notification.' })
  @IsText(100)
  id!: string;

  @ApiProperty({ example: 'Oxfam-Québec' })
  @IsText(300)
  name!: string;

  @ApiPropertyOptional({
    example: 'programmes@oxfam-quebec.example',
    description: 'Required (the deprecated `contactEmail` stands in for one version).',
  })
  @ValidateIf((organization: OrganizationDto) => organization.contactEmail === undefined)
  @IsEmailAddress()
  email?: string;

  @ApiPropertyOptional({ deprecated: true, description: 'Deprecated: send `email`, the name every case type uses.' })
  @IsOptional()
  @IsEmailAddress()
  contactEmail?: string;
}

export class SubmitProposalDto implements Omit<CommandBody<'call-for-proposals', 'SubmitProposal', 'submittedAt'>, 'organization'> {
  @ApiProperty({ example: 'PAAH-2026-014' })
  @IsText(100)
  proposalId!: string;

  @ApiProperty({ type: OrganizationDto })
  @IsDefined()
  @ValidateNested()
  @Type(() => OrganizationDto)
  organization!: OrganizationDto;

  @ApiProperty({ example: 'Eau potable et assainissement à Jacmel, Haïti' })
  @IsText(500)
  projectTitle!: string;

  @ApiPropertyOptional({
    example: '2026-04-20T11:00:00-04:00',
    description: 'When the organization submitted it (before closing). Default: now.',
  })
  @IsOptional()
  @IsInstant()
  submittedAt?: string;
}

export class ExtendCallForProposalsDto implements CommandBody<'call-for-proposals', 'ExtendCallForProposals'> {
  @ApiProperty({ example: '2026-05-29T17:00:00-04:00', description: 'The new closing: later than the current one.' })
  @IsInstant()
  closesAt!: string;

  @ApiProperty({ example: 'Hurricane season: partner organizations asked for two more weeks.' })
  @IsText(2000)
  reason!: string;
}
