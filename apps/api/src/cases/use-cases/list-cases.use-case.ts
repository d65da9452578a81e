import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository, SelectQueryBuilder } from 'typeorm';
import { caseTypesOfTeam } from '@entente/contracts';
import { addWorkingDays, readPolicyOf, type Person, type WorkingCalendar } from '@entente/domain';
import { CaseSummaryEntity } from '@entente/persistence';
import { PersonalFieldReader } from '../../access/personal-field-reader';
import { PersonalMasking } from '../../access/personal-masking';
import { whereReadable } from '../../access/readable-cases';
import { CurrentCalendar } from '../../calendar/current-calendar';
import { toCaseSummaryDto } from '../case.mapper';
import type { CasePageDto, CaseSummaryDto } from '../dto/case-summary.dto';
import type { ListCasesQuery } from '../dto/list-cases.query';
import { OVERDUE, withinView } from './queue-views';
import { workingDaysLeft } from './working-days-left';

/** "Due soon" in the queue: due within this many working days. */
const DUE_SOON_WORKING_DAYS = 2;

/**
 * The work queue: most urgent first by default (earliest due instant), ties by case id for stable
 * pages; only the cases the reader may read, their personal fields as the read policy shows them.
 */
@Injectable()
export class ListCasesUseCase {
  constructor(
    @InjectRepository(CaseSummaryEntity) private readonly summaries: Repository<CaseSummaryEntity>,
    private readonly calendars: CurrentCalendar,
    private readonly fields: PersonalFieldReader,
  ) {}

  async execute(query: ListCasesQuery, reader: Person, now = new Date()): Promise<CasePageDto> {
    const calendar = await this.calendars.get();
    const { personal } = readPolicyOf(reader);
    const masking = new PersonalMasking(personal);
    const [column, direction] = query.sort.startsWith('-') ? [query.sort.slice(1), 'DESC' as const] : [query.sort, 'ASC' as const];
    const [rows, total] = await whereReadable(this.filtered(query, reader, now, calendar), reader)
      .orderBy(`c.${column}`, direction, 'NULLS LAST')
      .addOrderBy('c.caseId', 'ASC')
      .offset((query.page - 1) * query.pageSize)
      .limit(query.pageSize)
      .getManyAndCount();
    const items = await Promise.all(
      rows.map((row): Promise<CaseSummaryDto> =>
        this.fields.read(
          row.caseId,
          { ...masking.summary(toCaseSummaryDto(row)), workingDaysLeft: workingDaysLeft(calendar, row, now) },
          personal,
        ),
      ),
    );
    return { items, page: query.page, pageSize: query.pageSize, total };
  }

  private filtered(query: ListCasesQuery, reader: Person, now: Date, calendar: WorkingCalendar): SelectQueryBuilder<CaseSummaryEntity> {
    const builder = this.summaries.createQueryBuilder('c');
    if (query.view) {
      const dueSoonBefore = new Date(addWorkingDays(calendar, now.toISOString(), DUE_SOON_WORKING_DAYS));
      withinView(builder, query.view, reader, { now, dueSoonBefore });
    }
    if (query.status) builder.andWhere('c.status = :status', { status: query.status });
    if (query.assignee) builder.andWhere('c.assignee = :assignee', { assignee: query.assignee });
    if (query.caseType) builder.andWhere('c.caseType = :caseType', { caseType: query.caseType });
    if (query.team) builder.andWhere('c.caseType IN (:...teamTypes)', { teamTypes: caseTypesOfTeam(query.team) });
    if (query.dueBefore) builder.andWhere('c.dueAt < :dueBefore', { dueBefore: new Date(query.dueBefore) });
    if (query.overdue !== undefined) {
      builder.andWhere(query.overdue ? OVERDUE : `NOT (${OVERDUE})`, { now });
    }
    return builder;
  }
}
