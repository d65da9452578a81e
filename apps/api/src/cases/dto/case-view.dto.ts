import { ApiProperty } from '@nestjs/swagger';

/** What every command answers: the case as the workflow holds it after the command's events. */
export class CaseViewDto {
  @ApiProperty({ format: 'uuid' })
  caseId!: string;

  @ApiProperty({ description: 'Sequence number of the case’s last event.', example: 1 })
  sequence!: number;

  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description: "The case type's state: status, assignee, clocks (by standard id), and its own facts.",
  })
  state!: Record<string, unknown>;
}
