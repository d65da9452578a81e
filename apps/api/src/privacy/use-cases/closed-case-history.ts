import { Injectable, ServiceUnavailableException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { PERSONAL_INFORMATION_ERASED, type CaseType, type ChainHead } from '@entente/contracts';
import { CaseEventEntity } from '@entente/persistence';
import { CaseWorkflowGateway } from '../../temporal/case-workflow.gateway';

/**
 * A closed case's stored history, which a correction or an erasure is recorded after. The stored
 * history trails the workflow that wrote it by a moment: linking to a stored head behind the
 * ended workflow's would fork the chain, so the caller retries until the projector has stored it.
 */
@Injectable()
export class ClosedCaseHistory {
  constructor(
    private readonly gateway: CaseWorkflowGateway,
    @InjectRepository(CaseEventEntity) private readonly events: Repository<CaseEventEntity>,
  ) {}

  stored(caseId: string): Promise<CaseEventEntity[]> {
    return this.events.find({ where: { caseId }, order: { sequence: 'ASC' } });
  }

  /** Refused (409) while the case's workflow runs: an open case records its own events. */
  async head(caseType: CaseType, caseId: string, events: readonly CaseEventEntity[]): Promise<ChainHead> {
    const last = events[events.length - 1]!;
    const ended = await this.gateway.endedSequence(caseType, caseId);
    if (ended !== undefined && ended > last.sequence) {
      throw new ServiceUnavailableException(`case ${caseId}'s last events are still being recorded: retry in a moment`);
    }
    return { sequence: last.sequence, hash: last.hash };
  }
}

export function recordsErasure(events: readonly CaseEventEntity[]): boolean {
  return events.some((event) => event.type === PERSONAL_INFORMATION_ERASED);
}
