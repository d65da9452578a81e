import { ApiProperty } from '@nestjs/swagger';

/** What every command answers: the case as the workflow holds it after the command's events. */
export class EmailRequestViewDto {
  @ApiProperty({ format: 'uuid' })
  caseId!: string;

  @ApiProperty({ description: 'Sequence number of the case’s last event.', example: 1 })
  sequence!: number;

  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description: 'status (received, assigned, answered, closed), sender, subject, assignee, clock, …',
  })
  state!: Record<string, unknown>;
}
