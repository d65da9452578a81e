import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { LessThanOrEqual, Repository } from 'typeorm';
import { CaseType, foldCase } from '@entente/contracts';
import { CaseEventEntity } from '@entente/persistence';
import { storedEnvelope } from './verify-case.use-case';

export interface CaseAsOf {
  readonly caseId: string;
  readonly at: string;
  /** The last event folded: the state is the case as it stood right after it. */
  readonly sequence: number;
  readonly state: object;
}

/** The case as it stood at an instant: its stored events up to then, folded by its own decider. */
@Injectable()
export class CaseAsOfUseCase {
  constructor(@InjectRepository(CaseEventEntity) private readonly events: Repository<CaseEventEntity>) {}

  async execute(caseId: string, at: string): Promise<CaseAsOf> {
    const rows = await this.events.find({ where: { caseId, occurredAt: LessThanOrEqual(new Date(at)) }, order: { sequence: 'ASC' } });
    const last = rows[rows.length - 1];
    if (!last) throw new NotFoundException(`case ${caseId} has no event at or before ${at}`);
    return {
      caseId,
      at: new Date(at).toISOString(),
      sequence: last.sequence,
      state: foldCase(last.caseType as CaseType, rows.map(storedEnvelope)),
    };
  }
}
