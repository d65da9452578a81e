import { ApiProperty } from '@nestjs/swagger';

export class AccessJournalEntryDto {
  @ApiProperty({ description: 'Its place in the journal, increasing.' }) id!: string;
  @ApiProperty({ format: 'date-time', description: 'When the read was answered, by the database clock.' }) readAt!: string;
  @ApiProperty({ description: "Who read: the token's subject." }) subject!: string;
  @ApiProperty({ example: 'case-officer' }) role!: string;
  @ApiProperty() caseId!: string;
  @ApiProperty({ example: 'GET /cases/:caseId' }) route!: string;
  @ApiProperty({ type: [String], example: ['timeline[].data.sender.email'], description: 'The personal fields the answer showed.' })
  fieldsShown!: string[];
  @ApiProperty({ type: String, nullable: true, description: 'Why, when the reader stated it.' }) reason!: string | null;
  @ApiProperty() correlationId!: string;
}

export class AccessJournalPageDto {
  @ApiProperty({ type: [AccessJournalEntryDto], description: 'Oldest first.' }) items!: AccessJournalEntryDto[];
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
  @ApiProperty({ description: 'Entries matching the filters, all pages together.' }) total!: number;
}
