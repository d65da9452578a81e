import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { CaseType, ChainBreak, EventEnvelope, verifyChain } from '@entente/contracts';
import type { Role } from '@entente/domain';
import { CaseEventEntity } from '@entente/persistence';

export interface CaseVerification {
  readonly caseId: string;
  readonly events: number;
  readonly verified: boolean;
  /** The last event's sequence and hash: what an auditor files as proof of the whole chain. */
  readonly head: { readonly sequence: number; readonly hash: string };
  /** The first event that fails, and why; null when the chain holds. */
  readonly firstBreak: ChainBreak | null;
}

/** A stored event as it was sealed, so its hash can be computed again. */
export function storedEnvelope(row: CaseEventEntity): EventEnvelope {
  return {
    eventId: row.eventId,
    caseId: row.caseId,
    caseType: row.caseType as CaseType,
    sequence: row.sequence,
    type: row.type,
    schemaVersion: row.schemaVersion,
    occurredAt: row.occurredAt.toISOString(),
    actor: { id: row.actorId, role: row.actorRole as Role },
    correlationId: row.correlationId,
    data: row.data,
    previousHash: row.previousHash,
    hash: row.hash,
  };
}

/** Tamper evidence: every stored event of the case hashed again and linked to its predecessor. */
@Injectable()
export class VerifyCaseUseCase {
  constructor(@InjectRepository(CaseEventEntity) private readonly events: Repository<CaseEventEntity>) {}

  async execute(caseId: string): Promise<CaseVerification> {
    const rows = await this.events.find({ where: { caseId }, order: { sequence: 'ASC' } });
    const last = rows[rows.length - 1];
    if (!last) throw new NotFoundException(`case ${caseId} not found`);
    const firstBreak = verifyChain(rows.map(storedEnvelope));
    return { caseId, events: rows.length, verified: firstBreak === null, head: { sequence: last.sequence, hash: last.hash }, firstBreak };
  }
}
