import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { ChainBreak, verifyChain } from '@entente/contracts';
import { nativeSha256Hex } from '@entente/platform';
import { CaseEventEntity, storedEnvelope } from '@entente/persistence';

export interface CaseVerification {
  readonly caseId: string;
  readonly events: number;
  readonly verified: boolean;
  /** The last event's sequence and hash: what an auditor files as proof of the whole chain. */
  readonly head: { readonly sequence: number; readonly hash: string };
  /** The first event that fails, and why; null when the chain holds. */
  readonly firstBreak: ChainBreak | null;
}

/** Tamper evidence: every stored event of the case hashed again and linked to its predecessor. */
@Injectable()
export class VerifyCaseUseCase {
  constructor(@InjectRepository(CaseEventEntity) private readonly events: Repository<CaseEventEntity>) {}

  async execute(caseId: string): Promise<CaseVerification> {
    const rows = await this.events.find({ where: { caseId }, order: { sequence: 'ASC' } });
    const last = rows[rows.length - 1];
    if (!last) throw new NotFoundException(`case ${caseId} not found`);
    const firstBreak = verifyChain(rows.map(storedEnvelope), nativeSha256Hex);
    return { caseId, events: rows.length, verified: firstBreak === null, head: { sequence: last.sequence, hash: last.hash }, firstBreak };
  }
}
