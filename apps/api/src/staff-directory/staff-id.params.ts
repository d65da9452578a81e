import { ApiProperty } from '@nestjs/swagger';
import { Matches } from 'class-validator';

/** A person's id as the identity provider names them: bounded, and nothing a path could misread. */
export class StaffIdParams {
  @ApiProperty({ example: 'sophie.gagnon' })
  @Matches(/^[\w.@-]{1,200}$/, { message: 'staffId must be 1 to 200 letters, digits, dots, dashes, underscores or @' })
  staffId!: string;
}
