import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDefined, IsIn, IsOptional, ValidateNested } from 'class-validator';
import { COMPLAINT_CHANNELS, COMPLAINT_KINDS, type ComplaintChannel, type ComplaintKind } from '@entente/domain';
import { IsInstant } from '../../http/is-instant.decorator';
import { IsText } from '../../http/is-text.decorator';
import type { CommandBody } from '../../http/command-body';
import { IsEmailAddress } from '../../http/is-email-address.decorator';

export class ComplainantDto {
  @ApiProperty({ example: 'Jean-François Côté', description: 'Personal information: kept confidential.' })
  @IsText(200)
  name!: string;

  @ApiPropertyOptional({
    example: 'jf.cote@example.org',
    description: 'Required for a complaint by e-mail; else this or a postal address.',
  })
  @IsOptional()
  @IsEmailAddress()
  email?: string;

  @ApiPropertyOptional({ example: '1200, avenue Cartier, Québec (Québec) G1R 2S6' })
  @IsOptional()
  @IsText(500)
  postalAddress?: string;
}

export class ComplaintConcernDto {
  @ApiProperty({ enum: COMPLAINT_KINDS })
  @IsIn(COMPLAINT_KINDS)
  kind!: ComplaintKind;

  @ApiProperty({ example: 'Information requests by e-mail', description: 'The service concerned, in the complainant’s terms.' })
  @IsText(200)
  service!: string;

  @ApiPropertyOptional({
    example: 'email-information-request',
    description: 'The standard said not to be applied; required for that kind.',
  })
  @IsOptional()
  @IsText(100)
  standardId?: string;

  @ApiPropertyOptional({ description: 'The case the complaint is about, when it can be found.' })
  @IsOptional()
  @IsText(200)
  relatedCaseId?: string;
}

export class ReceiveComplaintDto implements CommandBody<'complaint', 'ReceiveComplaint', 'caseId' | 'receivedAt'> {
  @ApiProperty({ type: ComplainantDto })
  @IsDefined()
  @ValidateNested()
  @Type(() => ComplainantDto)
  complainant!: ComplainantDto;

  @ApiProperty({ enum: COMPLAINT_CHANNELS })
  @IsIn(COMPLAINT_CHANNELS)
  channel!: ComplaintChannel;

  @ApiProperty({ example: 'No answer to my e-mail about the IGO internship program' })
  @IsText(500)
  subject!: string;

  @ApiProperty({ example: 'I wrote on 14 April and received no answer.' })
  @IsText(20_000)
  details!: string;

  @ApiProperty({ type: ComplaintConcernDto })
  @IsDefined()
  @ValidateNested()
  @Type(() => ComplaintConcernDto)
  concern!: ComplaintConcernDto;

  @ApiPropertyOptional({
    example: '2026-11-23T15:00:00.000Z',
    description: 'When the letter reached the ministry; the fifteen-working-day clock starts here. Default: now.',
  })
  @IsOptional()
  @IsInstant()
  receivedAt?: string;
}
