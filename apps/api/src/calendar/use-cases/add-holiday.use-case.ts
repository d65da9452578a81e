import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Client } from '@temporalio/client';
import { Actor, instantAt, withHoliday } from '@entente/domain';
import { CalendarVersionEntity, currentCalendar } from '@entente/persistence';
import type { CalendarChange } from '@entente/workflows';
import { ApiConfig } from '../../config/api.config';
import type { AddHolidayDto } from '../dto/add-holiday.dto';

export interface CalendarChanged {
  readonly calendar: { readonly id: string; readonly version: number };
  readonly holiday: { readonly date: string; readonly name: string };
  /** The workflow that tells every case with a running clock to plan it again. */
  readonly replanning: string;
}

/**
 * Publishes the next calendar version with one more holiday, then starts the durable fan-out
 * that moves running clocks. Its id is the version's: a retry starts nothing twice.
 */
@Injectable()
export class AddHolidayUseCase {
  constructor(
    private readonly database: DataSource,
    private readonly temporal: Client,
    private readonly config: ApiConfig,
  ) {}

  async execute(dto: AddHolidayDto, actor: Actor): Promise<CalendarChanged> {
    const holiday = { date: dto.date, name: dto.name.trim() };
    const calendar = await this.database.transaction(async (manager) => {
      const next = withHoliday(await currentCalendar(manager), holiday);
      const version = {
        calendarId: next.id,
        version: next.version,
        definition: next,
        reason: dto.reason,
        publishedAt: new Date(),
        publishedBy: actor.id,
      };
      await manager.insert(CalendarVersionEntity, version);
      return next;
    });
    const change: CalendarChange = {
      reason: `${dto.reason.trim()} (${holiday.date}: ${holiday.name})`,
      from: instantAt(holiday.date, '00:00', calendar.timeZone),
    };
    const workflowId = `calendar-change/${calendar.id}/${calendar.version}`;
    await this.temporal.workflow.start('calendarChangeWorkflow', { workflowId, taskQueue: this.config.temporalTaskQueue, args: [change] });
    return { calendar: { id: calendar.id, version: calendar.version }, holiday, replanning: workflowId };
  }
}
