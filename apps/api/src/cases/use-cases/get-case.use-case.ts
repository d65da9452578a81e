import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { LessThanOrEqual, Repository } from 'typeorm';
import type { Person } from '@entente/domain';
import { CaseEventEntity, ServiceClockEntity, storedEnvelope } from '@entente/persistence';
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
    @InjectRepository(CaseEventEntity) private readonly events: Repository<CaseEventEntity>,
    @InjectRepository(ServiceClockEntity) private readonly clocks: Repository<ServiceClockEntity>,
    private readonly calendars: CurrentCalendar,
    private readonly fields: PersonalFieldReader,
  ) {}

  /** `personal`: the policy's, unless an auditor has revealed the case for a stated reason. */
  async execute(caseId: string, reader: Person, personal?: 'shown', now = new Date()): Promise<CaseDetailDto> {
    const readable = await this.access.readable(caseId, reader);
    const { summary } = readable;
    const shows = personal ?? readable.personal;
    const masking = new PersonalMasking(shows);
    // As of the summary just read: the projector may commit the next event between the two reads.
    const upToSummary = LessThanOrEqual(summary.lastSequence);
    const events = await this.events.find({ where: { caseId, sequence: upToSummary }, order: { sequence: 'ASC' } });
    const sealed = SealedFromReader.of(reader, events.map(storedEnvelope));
    const timeline = events.map((row) => masking.event(summary.caseType, sealed.event(toCaseEventDto(row))));
    const [clocks, calendar] = await Promise.all([
      this.clocks.find({ where: { caseId }, order: { startedAt: 'ASC' } }),
      this.calendars.get(),
    ]);
    const detail: CaseDetailDto = {
      ...masking.summary(toCaseSummaryDto(summary)),
      workingDaysLeft: workingDaysLeft(calendar, summary, now),
      timeline,
      clocks: caseClocks(clocks, timeline, calendar, now),
    };
    return this.fields.read(caseId, detail, shows);
  }
}
