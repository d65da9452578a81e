import { ApiProperty } from '@nestjs/swagger';
import { MinLength } from 'class-validator';
import { IsText } from '../../http/is-text.decorator';

/** Why an auditor reveals a case's personal information: kept in the access journal. */
export class DisclosureDto {
  @ApiProperty({ example: 'Access request 2026-114: the complainant asks for their file', minLength: 10, maxLength: 500 })
  @IsText(500)
  @MinLength(10, { message: 'reason must state why, in 10 characters or more' })
  reason!: string;
}
