import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, Matches, Max, Min } from 'class-validator';
import { CASE_TYPES, CaseType, TEAMS, type Team } from '@entente/contracts';
import { IsInstant } from '../../http/is-instant.decorator';
import { IsText } from '../../http/is-text.decorator';

/** Far past any real queue, and small enough that the offset it asks of PostgreSQL stays a bigint. */
const MAX_PAGE = 1_000_000;

const booleanText = ({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value);

/** The work queue's filters; every bad value is a 400 naming its parameter. */
export class ListCasesQuery {
  @ApiPropertyOptional({ example: 'assigned', description: "A case type's status word (e.g. received, assigned, answered, closed)." })
  @IsOptional()
  @Matches(/^[a-z][a-z-]{0,59}$/, { message: 'status must be a status word (lowercase letters and dashes)' })
  status?: string;

  @ApiPropertyOptional({ description: 'Officer id holding the case.' })
  @IsOptional()
  @IsText(200)
  assignee?: string;

  @ApiPropertyOptional({ enum: CASE_TYPES })
  @IsOptional()
  @IsIn(CASE_TYPES)
  caseType?: CaseType;

  @ApiPropertyOptional({ enum: TEAMS, description: 'The unit that works the case types.' })
  @IsOptional()
  @IsIn(TEAMS)
  team?: Team;

  @ApiPropertyOptional({ example: '2026-12-01T22:00:00.000Z', description: 'Cases due before this instant.' })
  @IsOptional()
  @IsInstant()
  dueBefore?: string;

  @ApiPropertyOptional({ type: Boolean, description: 'true: open cases past their due instant; false: all others.' })
  @IsOptional()
  @Transform(booleanText)
  @IsBoolean({ message: '$property must be true or false' })
  overdue?: boolean;

  @ApiPropertyOptional({ minimum: 1, maximum: MAX_PAGE, default: 1 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE)
  page: number = 1;

  @ApiPropertyOptional({ minimum: 1, maximum: 100, default: 20 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  pageSize: number = 20;
}
