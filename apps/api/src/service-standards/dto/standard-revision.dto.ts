import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDefined, IsIn, IsInt, IsOptional, Max, Min, ValidateNested } from 'class-validator';
import { ESCALATION_ROLES, type Role } from '@entente/domain';
import { IsLocalDate } from '../../http/is-local-date.decorator';
import { IsText } from '../../http/is-text.decorator';

export class WarningDto {
  @ApiProperty({ example: 1, description: 'Working days before the due instant that the assignee is warned.' })
  @IsInt()
  @Min(0)
  @Max(249) // below the standard's working days, themselves at most 250
  workingDaysBeforeDue!: number;
}

export class FurtherEscalationDto {
  @ApiProperty({ example: 2, description: 'Working days after the due instant that a breach still open goes up.' })
  @IsInt()
  @Min(1)
  @Max(60)
  afterWorkingDays!: number;

  @ApiProperty({ enum: ESCALATION_ROLES })
  @IsIn(ESCALATION_ROLES)
  to!: Role;
}

export class EscalationDto {
  @ApiProperty({ enum: ESCALATION_ROLES, description: 'Who hears of a breach.' })
  @IsIn(ESCALATION_ROLES)
  onBreach!: Role;

  @ApiPropertyOptional({
    type: FurtherEscalationDto,
    nullable: true,
    description: 'The next level; omitted keeps the current one, null removes it.',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => FurtherEscalationDto)
  further?: FurtherEscalationDto | null;
}

/** Next year's commitment for one standard; it applies to clocks that start on or after `effectiveFrom`. */
export class StandardRevisionDto {
  @ApiProperty({ example: '2027-04-01', description: 'Québec date, after today.' })
  @IsLocalDate()
  effectiveFrom!: string;

  @ApiProperty({ example: 'Information request by e-mail answered within three working days' })
  @IsText(300)
  title!: string;

  @ApiProperty({ example: 'Declaration of services 2027-2028: "we answer your message within three working days."' })
  @IsText(2000)
  source!: string;

  @ApiProperty({ example: 3 })
  @IsInt()
  @Min(1)
  @Max(250)
  workingDays!: number;

  @ApiProperty({ type: WarningDto })
  @IsDefined()
  @ValidateNested()
  @Type(() => WarningDto)
  warning!: WarningDto;

  @ApiProperty({ type: EscalationDto })
  @IsDefined()
  @ValidateNested()
  @Type(() => EscalationDto)
  escalation!: EscalationDto;
}
