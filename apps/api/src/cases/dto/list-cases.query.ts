import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional, Matches } from 'class-validator';
import { CASE_TYPES, CaseType, TEAMS, type Team } from '@entente/contracts';
import { IsInstant } from '../../http/is-instant.decorator';
import { IsText } from '../../http/is-text.decorator';
import { PageQuery } from '../../http/page.query';
import { QUEUE_VIEWS, type QueueView } from '../use-cases/queue-views';

/** The orders the queue sorts by: an instant column, earliest first, or latest first with a `-`. */
export const QUEUE_SORTS = ['dueAt', '-dueAt', 'receivedAt', '-receivedAt', 'lastEventAt', '-lastEventAt'] as const;
export type QueueSort = (typeof QUEUE_SORTS)[number];

const booleanText = ({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value);

/** The work queue's filters; every bad value is a 400 naming its parameter. */
export class ListCasesQuery extends PageQuery {
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

  @ApiPropertyOptional({
    enum: QUEUE_VIEWS,
    description:
      'Open cases only: mine (assigned to me), unassigned (in my teams), team (my teams), overdue, due-soon (due within 2 working days), open (all).',
  })
  @IsOptional()
  @IsIn(QUEUE_VIEWS)
  view?: QueueView;

  @ApiPropertyOptional({
    enum: QUEUE_SORTS,
    default: 'dueAt',
    description: 'Earliest first; a leading - for latest first. Ties by case id.',
  })
  @IsOptional()
  @IsIn(QUEUE_SORTS)
  sort: QueueSort = 'dueAt';
}
