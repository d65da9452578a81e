import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDefined, IsIn, IsOptional, ValidateNested } from 'class-validator';
import { CALL_OUTCOME_KINDS, TELEPHONE_LINES, type CallOutcomeKind, type TelephoneLine } from '@entente/domain';
import { IsInstant } from '../../http/is-instant.decorator';
import { IsText } from '../../http/is-text.decorator';
import type { CommandBody } from '../../http/command-body';

/** Callers need not identify themselves. Personal information: kept confidential. */
export class CallerDto {
  @ApiPropertyOptional({ example: 'Léa Bouchard' })
  @IsOptional()
  @IsText(200)
  name?: string;

  @ApiPropertyOptional({ example: '418 555-0142' })
  @IsOptional()
  @IsText(50)
  telephone?: string;
}

/** Whom the caller was told to reach: an organization or a unit (the domain requires one), maybe a contact. */
export class ReferralDto {
  @ApiPropertyOptional({ example: 'Ministère de l’Immigration, de la Francisation et de l’Intégration' })
  @IsOptional()
  @IsText(200)
  organization?: string;

  @ApiPropertyOptional({ example: 'Bureau des missions' })
  @IsOptional()
  @IsText(200)
  unit?: string;

  @ApiPropertyOptional({ example: 'Mission registration desk, (418) 649-2300' })
  @IsOptional()
  @IsText(500)
  contact?: string;
}

/** Answered at once (with `answer`) or referred (with `referredTo`): the domain judges which goes with which. */
export class CallOutcomeDto {
  @ApiProperty({ enum: CALL_OUTCOME_KINDS })
  @IsIn(CALL_OUTCOME_KINDS)
  kind!: CallOutcomeKind;

  @ApiPropertyOptional({ example: 'Gave the Québec Without Borders programme page.', description: 'With answered-at-once.' })
  @IsOptional()
  @IsText(20_000)
  answer?: string;

  @ApiPropertyOptional({ type: ReferralDto, description: 'With referred.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => ReferralDto)
  referredTo?: ReferralDto;
}

export class RecordTelephoneInquiryDto implements CommandBody<'telephone-inquiry', 'RecordTelephoneInquiry', 'caseId' | 'calledAt'> {
  @ApiProperty({ enum: TELEPHONE_LINES, description: 'Québec City (418) 649-2300 or Montréal (514) 873-6708.' })
  @IsIn(TELEPHONE_LINES)
  line!: TelephoneLine;

  @ApiPropertyOptional({ type: CallerDto, description: 'Absent for an anonymous caller.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => CallerDto)
  caller?: CallerDto;

  @ApiPropertyOptional({
    example: '2026-11-23T14:40:00.000Z',
    description: 'When the call came in, earlier the same Québec day. Default: now.',
  })
  @IsOptional()
  @IsInstant()
  calledAt?: string;

  @ApiProperty({ example: 'Québec Without Borders: how to take part in a stay abroad' })
  @IsText(500)
  subject!: string;

  @ApiProperty({ type: CallOutcomeDto })
  @IsDefined()
  @ValidateNested()
  @Type(() => CallOutcomeDto)
  outcome!: CallOutcomeDto;
}
