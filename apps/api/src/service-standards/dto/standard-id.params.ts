import { ApiProperty } from '@nestjs/swagger';
import { Matches } from 'class-validator';

export class StandardIdParams {
  @ApiProperty({ example: 'email-information-request' })
  @Matches(/^[a-z][a-z0-9-]{0,79}$/, { message: 'standardId must be a standard id (lowercase letters, digits and dashes)' })
  standardId!: string;
}
