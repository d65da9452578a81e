import { ApiProperty } from '@nestjs/swagger';
import { Matches } from 'class-validator';
import { IsText } from '../../http/is-text.decorator';
import { OfficerReason } from './officer-reason.decorator';

/** One personal field of a case corrected on a person's request (docs/adr/0020). */
export class CorrectionRequestDto {
  @ApiProperty({
    example: 'sender.email',
    description: 'A dotted path into the case to a field its case type marks personal (a list’s element by its index).',
    maxLength: 200,
  })
  @IsText(200)
  @Matches(/^[A-Za-z0-9]+(\.[A-Za-z0-9]+)*$/, { message: 'field must be a dotted path into the case, such as sender.email' })
  field!: string;

  @ApiProperty({ example: 'julie.cote@exemple.ca', description: 'The corrected text: personal, sealed at rest.', maxLength: 5000 })
  @IsText(5000)
  correctedValue!: string;

  @OfficerReason('Correction request 2026-041: the requester gave a wrong address')
  reason!: string;
}

export class CorrectionDto {
  @ApiProperty({ format: 'uuid' })
  caseId!: string;

  @ApiProperty({ example: 'sender.email' })
  field!: string;

  @ApiProperty({ description: 'The privacy officer who corrected.' })
  correctedBy!: string;

  @ApiProperty({ description: 'The correction event’s place in the case’s chain.', example: 5 })
  sequence!: number;
}
