import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { AccessJournalEntryEntity } from '@entente/persistence';
import type { AccessJournalEntryDto, AccessJournalPageDto } from './dto/access-journal-page.dto';
import type { AccessJournalQuery } from './dto/access-journal.query';

/** The journal as auditors read it: filtered by case, person and period, oldest first. */
@Injectable()
export class SearchAccessJournalUseCase {
  constructor(@InjectRepository(AccessJournalEntryEntity) private readonly entries: Repository<AccessJournalEntryEntity>) {}

  async execute(query: AccessJournalQuery): Promise<AccessJournalPageDto> {
    const builder = this.entries.createQueryBuilder('j');
    if (query.caseId) builder.andWhere('j.caseId = :caseId', { caseId: query.caseId });
    if (query.subject) builder.andWhere('j.subject = :subject', { subject: query.subject });
    if (query.from) builder.andWhere('j.readAt >= :from', { from: new Date(query.from) });
    if (query.to) builder.andWhere('j.readAt < :to', { to: new Date(query.to) });
    const [rows, total] = await builder
      .orderBy('j.id', 'ASC')
      .offset((query.page - 1) * query.pageSize)
      .limit(query.pageSize)
      .getManyAndCount();
    return { items: rows.map(toEntryDto), page: query.page, pageSize: query.pageSize, total };
  }
}

function toEntryDto(row: AccessJournalEntryEntity): AccessJournalEntryDto {
  return {
    id: row.id,
    readAt: row.readAt.toISOString(),
    subject: row.subject,
    role: row.role,
    caseId: row.caseId,
    route: row.route,
    fieldsShown: row.fieldsShown,
    reason: row.reason,
    correlationId: row.correlationId,
  };
}
