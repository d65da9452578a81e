import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/** A step the signed-in person may take on the case now, and where to send it. */
export class CaseActionDto {
  @ApiProperty({ example: 'AnswerEmailRequest', description: 'The command, also the operationId of its route in this document.' })
  commandType!: string;

  @ApiProperty({ example: 'POST' })
  method!: string;

  @ApiProperty({ example: '/email-requests/2f7c…/answer', description: 'The route, its parameters filled in for this case.' })
  path!: string;

  @ApiProperty({ example: 'AnswerEmailRequest' })
  operationId!: string;

  @ApiPropertyOptional({ example: 'email-information-request', description: 'The clock a pause or resume acts on.' })
  standardId?: string;
}

export class CaseActionsDto {
  @ApiProperty({ format: 'uuid' })
  caseId!: string;

  @ApiProperty({ type: [CaseActionDto], description: 'Judged by the same permission tables and case state the workflow applies.' })
  actions!: CaseActionDto[];
}
