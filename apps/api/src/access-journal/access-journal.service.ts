import { Injectable, ServiceUnavailableException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import type { Actor } from '@entente/domain';
import type { CaseType } from '@entente/contracts';
import { AccessJournalEntryEntity, CaseSummaryEntity } from '@entente/persistence';

/** One read of a case's personal information, as the access journal keeps it. */
export interface AccessRecord {
  readonly actor: Actor;
  readonly caseId: string;
  /** The route as declared, e.g. `GET /cases/:caseId`. */
  readonly route: string;
  readonly fieldsShown: readonly string[];
  /** Why, when the reader stated it (an auditor revealing masked fields). */
  readonly reason?: string;
  readonly correlationId: string;
}

export class AccessNotJournaled extends ServiceUnavailableException {
  constructor() {
    super('the read could not be recorded in the access journal, so it is not answered; try again');
  }
}

/**
 * The access journal (docs/architecture.md#access-journal): every read that shows personal
 * information is recorded in the same request, before the answer leaves, and a read whose entry
 * cannot be written is refused (503). The database dates each entry; nothing here can change one.
 */
@Injectable()
export class AccessJournal {
  constructor(
    @InjectRepository(AccessJournalEntryEntity) private readonly entries: Repository<AccessJournalEntryEntity>,
    @InjectRepository(CaseSummaryEntity) private readonly summaries: Repository<CaseSummaryEntity>,
  ) {}

  /** A read case's type, for the mark of its personal fields: the route answered, so the read model holds it. */
  async caseTypeOf(caseId: string): Promise<CaseType> {
    const summary = await this.summaries.findOne({ where: { caseId }, select: { caseId: true, caseType: true } });
    if (!summary) throw new AccessNotJournaled();
    return summary.caseType as CaseType;
  }

  private get table(): string {
    const { schema, tableName } = this.entries.metadata;
    return `"${schema ?? 'public'}"."${tableName}"`;
  }

  /** An answer that shows no personal information is not journaled. */
  async record({ actor, caseId, route, fieldsShown, reason, correlationId }: AccessRecord): Promise<void> {
    if (fieldsShown.length === 0) return;
    try {
      // Only these columns: the API may not name the id or the instant, which the database gives.
      await this.entries.query(
        `INSERT INTO ${this.table} (subject, role, case_id, route, fields_shown, reason, correlation_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        [actor.id, actor.role, caseId, route, JSON.stringify(fieldsShown), reason ?? null, correlationId],
      );
    } catch {
      // The driver's message may quote the row, personal paths included: it stays out of the answer.
      throw new AccessNotJournaled();
    }
  }
}
