import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsUUID, Matches } from 'class-validator';
import { CASE_TYPES, type CaseType } from '@entente/contracts';

/** One service-standard clock of one case. */
export class ClockParams {
  @ApiProperty({ enum: CASE_TYPES })
  @IsIn(CASE_TYPES)
  caseType!: CaseType;

  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  caseId!: string;

  @ApiProperty({ example: 'email-information-request' })
  @Matches(/^[a-z][a-z0-9-]{0,79}$/, { message: 'standardId must be a standard id (lowercase letters, digits and dashes)' })
  standardId!: string;
}
