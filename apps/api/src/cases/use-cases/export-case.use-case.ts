import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { ChainBreak, EventEnvelope, verifyChain } from '@entente/contracts';
import { nativeSha256Hex } from '@entente/platform';
import type { PersonalFields } from '@entente/domain';
import { CaseEventEntity, storedEnvelope } from '@entente/persistence';

/** How anyone can check the chain again, without our code. */
export const CHAIN_ALGORITHM =
  'hash = hex(sha256(utf8(JSON of the event without its "hash" field, object keys sorted at every depth, no whitespace))); ' +
  'previousHash = the hash of the event before (null for sequence 1); eventId = caseId:sequence';

export interface CaseExport {
  readonly caseId: string;
  readonly caseType: string;
  readonly exportedAt: string;
  readonly proof: {
    readonly algorithm: string;
    readonly events: number;
    /** The last event's sequence and hash: it vouches for every event before it. */
    readonly head: { readonly sequence: number; readonly hash: string };
    readonly verified: boolean;
    readonly firstBreak: ChainBreak | null;
  };
  /** Personal fields as sealed (`shown`), or masked as the read policy masks them for the reader. */
  readonly personalFields?: PersonalFields;
  /** Every event exactly as it was sealed (original schema version and data), less masked fields. */
  readonly events: readonly EventEnvelope[];
}

/** A case's whole history with its chain proof, for an auditor's file. */
@Injectable()
export class ExportCaseUseCase {
  constructor(@InjectRepository(CaseEventEntity) private readonly events: Repository<CaseEventEntity>) {}

  async execute(caseId: string, exportedAt = new Date()): Promise<CaseExport> {
    const rows = await this.events.find({ where: { caseId }, order: { sequence: 'ASC' } });
    const last = rows[rows.length - 1];
    if (!last) throw new NotFoundException(`case ${caseId} not found`);
    const events = rows.map(storedEnvelope);
    const firstBreak = verifyChain(events, nativeSha256Hex);
    return {
      caseId,
      caseType: last.caseType,
      exportedAt: exportedAt.toISOString(),
      proof: {
        algorithm: CHAIN_ALGORITHM,
        events: rows.length,
        head: { sequence: last.sequence, hash: last.hash },
        verified: firstBreak === null,
        firstBreak,
      },
      events,
    };
  }
}

const CSV_COLUMNS = [
  'sequence',
  'event_id',
  'type',
  'schema_version',
  'occurred_at',
  'actor_id',
  'actor_role',
  'correlation_id',
  'data',
  'previous_hash',
  'hash',
  'chain',
] as const;

/**
 * One row per event (RFC 4180), `data` as JSON. The `chain` column carries the proof row by row:
 * `verified` up to the head, the reason on the first event that fails, `after a break` beyond it.
 */
export function caseExportCsv({ events, proof }: CaseExport): string {
  const broken = proof.firstBreak ? events.findIndex((e) => e.eventId === proof.firstBreak?.eventId) : events.length;
  const rows = events.map((event, index) => [
    event.sequence,
    event.eventId,
    event.type,
    event.schemaVersion,
    event.occurredAt,
    event.actor.id,
    event.actor.role,
    event.correlationId,
    JSON.stringify(event.data),
    event.previousHash ?? '',
    event.hash,
    index < broken ? 'verified' : index === broken ? (proof.firstBreak?.reason ?? '') : 'after a break',
  ]);
  return [CSV_COLUMNS, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

function csvField(value: string | number): string {
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
