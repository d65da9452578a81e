import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PROBLEM_CODES, type ProblemCode } from './problem-details';

/** `ProblemDetails` as the OpenAPI document shows it. */
export class ProblemDetailsDto {
  @ApiProperty({ example: 'urn:entente:problem:invalid-field', description: 'Names the problem type: `urn:entente:problem:<code>`.' })
  type!: string;

  @ApiProperty({ example: 'A field is invalid', description: 'The same for every occurrence of the type.' })
  title!: string;

  @ApiProperty({ type: 'integer', example: 400, description: 'The HTTP status.' })
  status!: number;

  @ApiProperty({ example: 'sender.email must be an email', description: 'This occurrence, in words.' })
  detail!: string;

  @ApiProperty({ enum: PROBLEM_CODES, example: 'invalid-field', description: 'Stable: clients key their messages on it.' })
  code!: ProblemCode;

  @ApiPropertyOptional({
    example: 'sender.email',
    description: 'The body property (a dotted path), query or path parameter, or header the problem concerns.',
  })
  field?: string;

  @ApiProperty({ example: 'sender.email must be an email', description: 'The same text as `detail`, kept for older clients.' })
  message!: string;
}
