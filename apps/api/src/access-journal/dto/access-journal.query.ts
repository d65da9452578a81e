import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';
import { IsInstant } from '../../http/is-instant.decorator';
import { IsText } from '../../http/is-text.decorator';
import { PageQuery } from '../../http/page.query';

/** The auditors' filters on the access journal; every bad value is a 400 naming its parameter. */
export class AccessJournalQuery extends PageQuery {
  @ApiPropertyOptional({ description: 'Reads of this case only.' })
  @IsOptional()
  @IsText(128)
  caseId?: string;

  @ApiPropertyOptional({ description: "Reads by this person only (the token's subject)." })
  @IsOptional()
  @IsText(200)
  subject?: string;

  @ApiPropertyOptional({ example: '2026-12-01T05:00:00.000Z', description: 'Reads at or after this instant.' })
  @IsOptional()
  @IsInstant()
  from?: string;

  @ApiPropertyOptional({ example: '2026-12-02T05:00:00.000Z', description: 'Reads before this instant.' })
  @IsOptional()
  @IsInstant()
  to?: string;
}
