import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { foldCase } from '@entente/contracts';
import type { Actor } from '@entente/domain';
import { CaseEventEntity, storedEnvelope } from '@entente/persistence';
import { SealedFromReader } from '../sealed-from-reader';

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

  /**
   * `reader`: the signed-in reader, from whom what is sealed now stays sealed in the past too; the
   * auditors' command line, which reads everything, gives none.
   */
  async execute(caseId: string, at: string, reader?: Actor): Promise<CaseAsOf> {
    const history = (await this.events.find({ where: { caseId }, order: { sequence: 'ASC' } })).map(storedEnvelope);
    const rows = history.filter((event) => Date.parse(event.occurredAt) <= Date.parse(at));
    const last = rows[rows.length - 1];
    if (!last) throw new NotFoundException(`case ${caseId} has no event at or before ${at}`);
    const state = foldCase(last.caseType, rows);
    return {
      caseId,
      at: new Date(at).toISOString(),
      sequence: last.sequence,
      state: reader ? SealedFromReader.of(reader, history).state(state) : state,
    };
  }
}
