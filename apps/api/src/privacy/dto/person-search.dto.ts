import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';
import { IsText } from '../../http/is-text.decorator';

/**
 * Who a request for access or correction is from. In the body, never the address: a person's
 * address or name must not end up in a URL, a proxy's log or a browser's history.
 */
export class PersonSearchDto {
  @ApiPropertyOptional({ example: 'awa.diallo@example.org', maxLength: 320, description: 'Compared without case or spaces.' })
  @IsOptional()
  @IsText(320)
  email?: string;

  @ApiPropertyOptional({ example: 'Awa Diallo', maxLength: 200, description: 'Compared without accents, case or punctuation.' })
  @IsOptional()
  @IsText(200)
  name?: string;
}

export class PersonCaseDto {
  @ApiProperty({ format: 'uuid' })
  caseId!: string;

  @ApiProperty()
  caseType!: string;

  @ApiProperty()
  status!: string;

  @ApiProperty({ format: 'date-time' })
  receivedAt!: string;

  @ApiProperty({ format: 'date-time', nullable: true, type: String })
  endedAt!: string | null;

  @ApiProperty({ enum: ['email', 'name'], isArray: true, description: 'What of the person the case names.' })
  matched!: ('email' | 'name')[];
}

export class PersonCasesDto {
  @ApiProperty({ type: [PersonCaseDto] })
  cases!: PersonCaseDto[];
}
