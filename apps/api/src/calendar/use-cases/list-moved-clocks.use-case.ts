import { ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { caseTypesOfTeam } from '@entente/contracts';
import {
  calendarMovesScopeOf,
  isHoliday,
  QC_PUBLIC_SERVICE_CALENDAR as BUILT_IN,
  type Person,
  type WorkingCalendar,
} from '@entente/domain';
import { CalendarVersionEntity, CaseEventEntity, storedCalendar } from '@entente/persistence';
import type { MovedClocksDto } from '../dto/moved-clocks.dto';

interface DueDateMoved {
  readonly standardId: string;
  readonly from: { readonly dueAt: string };
  readonly plan: { readonly dueAt: string };
}

/**
 * The running clocks a calendar version moved: read from the moves' events, which carry no
 * personal information, within the scope `calendarMovesScopeOf` gives (libs/domain/src/access).
 */
@Injectable()
export class ListMovedClocksUseCase {
  constructor(private readonly database: DataSource) {}

  async execute(version: number, reader: Person): Promise<MovedClocksDto> {
    const scope = calendarMovesScopeOf(reader);
    if (!scope) throw new ForbiddenException(`${reader.role} may not list the clocks a calendar change moved`);
    const published = await this.database.manager.findOneBy(CalendarVersionEntity, { calendarId: BUILT_IN.id, version });
    if (!published) throw new NotFoundException(`calendar version ${version} was not published`);
    const moves = this.database.manager
      .createQueryBuilder(CaseEventEntity, 'e')
      .where("e.type = 'ServiceStandardDueDateMoved'")
      .andWhere("e.data->'plan'->>'calendarId' = :id AND (e.data->'plan'->>'calendarVersion')::int = :version", {
        id: BUILT_IN.id,
        version,
      })
      .orderBy('e.occurredAt', 'ASC')
      .addOrderBy('e.caseId', 'ASC');
    if (scope.kind === 'teams') moves.andWhere('e.caseType IN (:...types)', { types: ['', ...scope.teams.flatMap(caseTypesOfTeam)] });
    return {
      calendar: { id: published.calendarId, version },
      reason: published.reason,
      publishedAt: published.publishedAt.toISOString(),
      holidaysAdded: holidaysAdded(await this.before(version), storedCalendar(published.definition)),
      clocks: (await moves.getMany()).map((event) => {
        const data = event.data as DueDateMoved;
        const movedAt = event.occurredAt.toISOString();
        return {
          caseId: event.caseId,
          caseType: event.caseType,
          standardId: data.standardId,
          fromDueAt: data.from.dueAt,
          toDueAt: data.plan.dueAt,
          movedAt,
        };
      }),
    };
  }

  private async before(version: number): Promise<WorkingCalendar> {
    const previous = await this.database.manager.findOneBy(CalendarVersionEntity, { calendarId: BUILT_IN.id, version: version - 1 });
    return previous ? storedCalendar(previous.definition) : BUILT_IN;
  }
}

function holidaysAdded(before: WorkingCalendar, after: WorkingCalendar): { date: string; name: string }[] {
  // By date, not by list: a version stored before holidays came by rule lists the built-in ones too.
  return after.holidays.filter((holiday) => !isHoliday(before, holiday.date)).map(({ date, name }) => ({ date, name }));
}
