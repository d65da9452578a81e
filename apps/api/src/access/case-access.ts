import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { caseFactsOf, type CaseType } from '@entente/contracts';
import { mayRead, readPolicyOf, type PersonalFields, type Person } from '@entente/domain';
import { CaseEventEntity, CaseSummaryEntity } from '@entente/persistence';

/** A case the reader may read, and whether its personal fields are shown to them. */
export interface ReadableCase {
  readonly summary: CaseSummaryEntity;
  readonly personal: PersonalFields;
}

/** A case outside the reader's scope answers exactly as one that does not exist. */
export const caseNotFound = (caseId: string) => new NotFoundException(`case ${caseId} not found`);

/**
 * The read policy (libs/domain/src/access) applied to one case: every read route and command asks
 * here, with the case's state from the read model or, for live reads and commands, its workflow.
 */
@Injectable()
export class CaseAccess {
  constructor(
    @InjectRepository(CaseSummaryEntity) private readonly summaries: Repository<CaseSummaryEntity>,
    @InjectRepository(CaseEventEntity) private readonly events: Repository<CaseEventEntity>,
  ) {}

  /**
   * The case as the read model holds it, or 404 when it is not there or not the reader's to read;
   * `summaries`: another transaction's view of them (a snapshot).
   */
  async readable(caseId: string, reader: Person, summaries = this.summaries): Promise<ReadableCase> {
    const summary = await summaries.findOneBy({ caseId });
    if (!summary || !(await this.mayRead(reader, summary.caseType as CaseType, caseId, summary.state))) throw caseNotFound(caseId);
    return { summary, personal: readPolicyOf(reader).personal };
  }

  /** Whether the reader may read a case whose state (live or stored) is given. */
  async mayRead(reader: Person, caseType: CaseType, caseId: string, state: object): Promise<boolean> {
    return mayRead(reader, caseFactsOf(caseType, state, await this.recordedBy(caseId)));
  }

  /** Who recorded the case's opening: its first event's actor, null while the read model trails. */
  private async recordedBy(caseId: string): Promise<string | null> {
    const first = await this.events.findOne({ where: { caseId, sequence: 1 }, select: { actorId: true } });
    return first?.actorId ?? null;
  }
}
