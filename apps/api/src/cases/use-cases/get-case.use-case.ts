import { Injectable } from '@nestjs/common';
import { DataSource, LessThanOrEqual, type EntityManager } from 'typeorm';
import type { Person } from '@entente/domain';
import { CaseEventEntity, CaseSummaryEntity, ServiceClockEntity, storedEnvelope } from '@entente/persistence';
import { CaseAccess } from '../../access/case-access';
import { PersonalFieldReader } from '../../access/personal-field-reader';
import { PersonalMasking } from '../../access/personal-masking';
import { CurrentCalendar } from '../../calendar/current-calendar';
import { toCaseEventDto, toCaseSummaryDto } from '../case.mapper';
import { SealedFromReader } from '../sealed-from-reader';
import type { CaseDetailDto } from '../dto/case-detail.dto';
import { caseClocks } from './case-clocks';
import { workingDaysLeft } from './working-days-left';

/**
 * A case as the read model holds it, with its whole timeline, for a reader whose scope holds it:
 * personal fields as the read policy shows them to the reader, less what is sealed from them.
 */
@Injectable()
export class GetCaseUseCase {
  constructor(
    private readonly access: CaseAccess,
    private readonly database: DataSource,
    private readonly calendars: CurrentCalendar,
    private readonly fields: PersonalFieldReader,
  ) {}

  /** `personal`: the policy's, unless an auditor has revealed the case for a stated reason. */
  async execute(caseId: string, reader: Person, personal?: 'shown', now = new Date()): Promise<CaseDetailDto> {
    const [{ readable, events, clocks }, calendar] = await Promise.all([this.snapshot(caseId, reader), this.calendars.get()]);
    const { summary } = readable;
    const shows = personal ?? readable.personal;
    const masking = new PersonalMasking(shows);
    const sealed = SealedFromReader.of(reader, events.map(storedEnvelope));
    const timeline = events.map((row) => masking.event(summary.caseType, sealed.event(toCaseEventDto(row))));
    const detail: CaseDetailDto = {
      ...masking.summary(toCaseSummaryDto(summary)),
      workingDaysLeft: workingDaysLeft(calendar, summary, now),
      timeline,
      clocks: caseClocks(clocks, timeline, calendar, now),
    };
    return this.fields.read(caseId, detail, shows);
  }

  /**
   * The case's summary (within the reader's scope), events and clocks as of one moment: the
   * projector commits the three together, and reads apart showed a timeline or a clock a commit
   * ahead of the summary.
   */
  private snapshot(caseId: string, reader: Person) {
    return this.database.transaction('REPEATABLE READ', async (manager: EntityManager) => {
      const readable = await this.access.readable(caseId, reader, manager.getRepository(CaseSummaryEntity));
      const upToSummary = LessThanOrEqual(readable.summary.lastSequence);
      const events = await manager.find(CaseEventEntity, { where: { caseId, sequence: upToSummary }, order: { sequence: 'ASC' } });
      const clocks = await manager.find(ServiceClockEntity, { where: { caseId }, order: { startedAt: 'ASC' } });
      return { readable, events, clocks };
    });
  }
}
