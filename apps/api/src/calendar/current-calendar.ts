import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { WorkingCalendar } from '@entente/domain';
import { currentCalendar } from '@entente/persistence';

/** The calendar as administrators last published it: what new clocks are planned on. */
@Injectable()
export class CurrentCalendar {
  constructor(private readonly database: DataSource) {}

  get(): Promise<WorkingCalendar> {
    return currentCalendar(this.database.manager);
  }
}
