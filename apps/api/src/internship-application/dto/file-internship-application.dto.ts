import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsDefined, IsIn, IsOptional, ValidateNested } from 'class-validator';
import { STUDY_LEVELS, type StudyLevel } from '@entente/domain';
import { IsInstant } from '../../http/is-instant.decorator';
import { IsText } from '../../http/is-text.decorator';
import type { CommandBody } from '../../http/command-body';
import { IsEmailAddress } from '../../http/is-email-address.decorator';

export class CandidateDto {
  @ApiProperty({ example: 'Léa Tremblay', description: 'Personal information: kept confidential.' })
  @IsText(200)
  name!: string;

  @ApiProperty({ example: 'lea.tremblay@ulaval.example' })
  @IsEmailAddress()
  email!: string;

  @ApiProperty({ enum: STUDY_LEVELS })
  @IsIn(STUDY_LEVELS)
  studyLevel!: StudyLevel;

  @ApiProperty({ example: 'Université Laval' })
  @IsText(200)
  university!: string;

  @ApiProperty({ example: 'International law' })
  @IsText(200)
  fieldOfStudy!: string;
}

export class FileInternshipApplicationDto implements CommandBody<
  'internship-application',
  'FileInternshipApplication',
  'caseId' | 'filedAt'
> {
  @ApiProperty({ type: CandidateDto })
  @IsDefined()
  @ValidateNested()
  @Type(() => CandidateDto)
  candidate!: CandidateDto;

  @ApiProperty({ type: [String], example: ['UNESCO', 'OECD'] })
  @IsArray()
  @ArrayMaxSize(10)
  @IsText(200, { each: true })
  preferredOrganizations!: string[];

  @ApiPropertyOptional({
    example: '2026-11-23T15:00:00.000Z',
    description: 'When it was officially filed; the five-working-day clock starts here. Default: now.',
  })
  @IsOptional()
  @IsInstant()
  filedAt?: string;
}
