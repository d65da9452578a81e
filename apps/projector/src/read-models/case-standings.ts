import type { EntityManager } from 'typeorm';
import { In } from 'typeorm';
import { CaseEventEntity, CaseSummaryEntity, ProjectionQuarantineEntity, ServiceClockEntity } from '@entente/persistence';
import { BatchPlan, CaseStanding, UNSEEN_CASE } from './plan-batch';

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
  const ids = [...caseIds];
  const summaries = await manager.find(CaseSummaryEntity, { where: { caseId: In(ids) }, lock: { mode: 'pessimistic_write' } });
  const heads = await manager
    .createQueryBuilder(CaseEventEntity, 'event')
    .innerJoin(CaseSummaryEntity, 'summary', 'summary.caseId = event.caseId AND summary.lastSequence = event.sequence')
    .select(['event.caseId', 'event.sequence', 'event.hash'])
    .where('event.caseId IN (:...ids)', { ids })
    .getMany();
  const setAside = await manager
    .createQueryBuilder(ProjectionQuarantineEntity, 'quarantine')
    .select('quarantine.caseId', 'caseId')
    .addSelect('COALESCE(MAX(quarantine.sequence), 0)', 'upTo')
    .where('quarantine.projection = :projection AND quarantine.caseId IN (:...ids)', { projection, ids })
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
  if (plan.summaries.length > 0) await manager.upsert(CaseSummaryEntity, plan.summaries, ['caseId']);
  if (plan.timeline.length > 0) await manager.insert(CaseEventEntity, plan.timeline);
  if (plan.clocks.length > 0) await manager.upsert(ServiceClockEntity, plan.clocks, ['caseId', 'standardId']);
}
