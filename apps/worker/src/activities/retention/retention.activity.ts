import { mkdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ApplicationFailure } from '@temporalio/activity';
import { IsNull, type EntityManager } from 'typeorm';
import { PERSONAL_INFORMATION_ERASED, type CaseType } from '@entente/contracts';
import { closedBeforeForDisposal, type LegalHoldKind } from '@entente/domain';
import { CaseEventEntity, CaseSummaryEntity, LegalHoldEntity, storedEnvelope } from '@entente/persistence';
import { holdsPersonalInClear, revealFor, type CaseKeyStore } from '@entente/platform';
import type { DisposalCandidate, RetentionActivities } from '@entente/workflows';

/**
 * The nightly retention run's reads and the archives' deposit (docs/adr/0018). `archivesDir` is
 * the folder the archives collect deposits from; empty, no case is deposited (and so none erased
 * whose rule says deposit).
 */
export function retentionActivities(
  manager: EntityManager,
  keys: Pick<CaseKeyStore, 'existingKey'>,
  archivesDir: string,
): RetentionActivities {
  return {
    async casesDueForDisposal({ asOf, rules, limit, after }) {
      const due = await dueCases(manager, { asOf, rules, limit, after });
      return Promise.all(due.map((row) => candidate(manager, keys, row)));
    },

    async depositToArchives({ caseId, caseType, scheduleVersion }) {
      if (!archivesDir) throw ApplicationFailure.nonRetryable('ARCHIVES_DIR is not set: nothing can be deposited to the archives');
      const rows = await manager.find(CaseEventEntity, { where: { caseId }, order: { sequence: 'ASC' } });
      const events = await Promise.all(rows.map((row) => revealFor(keys, caseId, storedEnvelope(row), true)));
      const deposit = { caseId, caseType, scheduleVersion, depositedAt: new Date().toISOString(), events };
      const name = join(caseType, `${caseId}.json`);
      // Written aside, then renamed: the archives never collect half a file, and a retry rewrites it whole.
      await mkdir(join(archivesDir, caseType), { recursive: true });
      await writeFile(join(archivesDir, `${name}.part`), `${JSON.stringify(deposit, null, 2)}\n`, 'utf8');
      await rename(join(archivesDir, `${name}.part`), join(archivesDir, name));
      return name;
    },
  };
}

type DueRow = Pick<CaseSummaryEntity, 'caseId' | 'caseType' | 'endedAt'>;

type DueQuery = Parameters<RetentionActivities['casesDueForDisposal']>[0];

/** Closed and not erased, closed before the case type's period counted back from `asOf`; oldest first, after `after`. */
function dueCases(manager: EntityManager, { asOf, rules, limit, after }: DueQuery): Promise<DueRow[]> {
  const query = manager
    .createQueryBuilder(CaseSummaryEntity, 'c')
    .select(['c.caseId', 'c.caseType', 'c.endedAt'])
    .where('c.endedAt IS NOT NULL')
    .andWhere((outer) => {
      const erasure = outer.subQuery().select('1').from(CaseEventEntity, 'e').where('e.caseId = c.caseId AND e.type = :erased');
      return `NOT EXISTS ${erasure.getQuery()}`;
    })
    .setParameter('erased', PERSONAL_INFORMATION_ERASED);
  if (after)
    query.andWhere('(c.endedAt, c.caseId) > (:afterEndedAt, :afterCaseId)', {
      afterEndedAt: new Date(after.endedAt),
      afterCaseId: after.caseId,
    });
  const ofTypes = Object.entries(rules).map(([caseType, rule], index) => {
    query.setParameter(`type${index}`, caseType).setParameter(`before${index}`, new Date(closedBeforeForDisposal(asOf, rule)));
    return `(c.caseType = :type${index} AND c.endedAt <= :before${index})`;
  });
  if (ofTypes.length === 0) return Promise.resolve([]);
  return query
    .andWhere(`(${ofTypes.join(' OR ')})`)
    .orderBy('c.endedAt', 'ASC')
    .addOrderBy('c.caseId', 'ASC')
    .limit(limit)
    .getMany();
}

async function candidate(manager: EntityManager, keys: Pick<CaseKeyStore, 'existingKey'>, row: DueRow): Promise<DisposalCandidate> {
  const caseType = row.caseType as CaseType;
  const events = await manager.find(CaseEventEntity, { where: { caseId: row.caseId }, order: { sequence: 'ASC' } });
  const holds = await manager.find(LegalHoldEntity, { where: { caseId: row.caseId, liftedAt: IsNull() }, select: { kind: true } });
  const last = events[events.length - 1]!;
  return {
    caseId: row.caseId,
    caseType,
    endedAt: row.endedAt!.toISOString(),
    head: { sequence: last.sequence, hash: last.hash },
    keyed: (await keys.existingKey(row.caseId)) !== undefined,
    facts: {
      open: false,
      erased: false,
      restsInClear: events.some((event) => holdsPersonalInClear(caseType, event.data)),
      holds: holds.map((hold) => hold.kind as LegalHoldKind),
    },
  };
}
