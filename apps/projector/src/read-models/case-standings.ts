import type { EntityManager } from 'typeorm';
import { CaseEventEntity, CaseSummaryEntity, ProjectionQuarantineEntity, ServiceClockEntity } from '@entente/persistence';
import { BatchPlan, CaseStanding, UNSEEN_CASE } from './plan-batch';
import { writeRows } from './write-rows';

/**
 * Where each case stands for `projection`. The summaries are locked for the transaction, which
 * serializes two consumers briefly sharing a partition, and a re-drive, on the same case.
 */
export async function standingsOf(
  manager: EntityManager,
  projection: string,
  caseIds: readonly string[],
): Promise<Map<string, CaseStanding>> {
  if (caseIds.length === 0) return new Map();
  // One array parameter each, not one per case: a catching-up batch names hundreds of cases.
  const ids = [...caseIds];
  const summaries = await manager
    .createQueryBuilder(CaseSummaryEntity, 'summary')
    .where('summary.caseId = ANY(:ids)', { ids })
    .setLock('pessimistic_write')
    .getMany();
  const heads = await manager
    .createQueryBuilder(CaseEventEntity, 'event')
    .innerJoin(CaseSummaryEntity, 'summary', 'summary.caseId = event.caseId AND summary.lastSequence = event.sequence')
    .select(['event.caseId', 'event.sequence', 'event.hash'])
    .where('summary.caseId = ANY(:ids)', { ids })
    .getMany();
  const setAside = await manager
    .createQueryBuilder(ProjectionQuarantineEntity, 'quarantine')
    .select('quarantine.caseId', 'caseId')
    .addSelect('COALESCE(MAX(quarantine.sequence), 0)', 'upTo')
    .where('quarantine.projection = :projection AND quarantine.caseId = ANY(:ids)', { projection, ids })
    .groupBy('quarantine.caseId')
    .getRawMany<{ caseId: string; upTo: number }>();
  const standings = new Map<string, CaseStanding>();
  const standingOf = (caseId: string) => standings.get(caseId) ?? UNSEEN_CASE;
  for (const summary of summaries) standings.set(summary.caseId, { ...standingOf(summary.caseId), summary });
  for (const head of heads) standings.set(head.caseId, { ...standingOf(head.caseId), headHash: head.hash });
  for (const { caseId, upTo } of setAside) standings.set(caseId, { ...standingOf(caseId), setAsideUpTo: Number(upTo) });
  return standings;
}

/** Writes what a plan applies to the read models (not what it sets aside). */
export async function writeReadModels(manager: EntityManager, plan: BatchPlan): Promise<void> {
  await writeRows(manager, CaseSummaryEntity, plan.summaries, ['caseId']);
  await writeRows(manager, CaseEventEntity, plan.timeline);
  await writeRows(manager, ServiceClockEntity, plan.clocks, ['caseId', 'standardId']);
}
