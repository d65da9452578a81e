import type { EntityManager } from 'typeorm';
import { PERSONAL_INFORMATION_ERASED, type CaseType } from '@entente/contracts';
import { mapStrings } from '@entente/domain';
import { CaseEventEntity } from '@entente/persistence';
import { holdsConcealed, personDigests, revealText, type CaseKeyStore } from '@entente/platform';
import type { PersonIndexActivities } from '@entente/workflows';
import type { PeopleIndex } from './conceal-personal-fields.activity';

/**
 * The blind index's backfill (docs/adr/0019): each stored case's events read as they were written
 * (sealed ones opened with the case's key, clear ones as they are) and their people indexed. An
 * erased case, or a sealed one whose key is gone, has nothing left to index.
 */
export function personIndexActivities(
  manager: EntityManager,
  keys: Pick<CaseKeyStore, 'existingKey'>,
  people: PeopleIndex,
): PersonIndexActivities {
  return {
    async indexPeopleOfCases({ after, limit }) {
      const cases = await casesAfter(manager, after, limit);
      let indexed = 0;
      for (const { caseId, caseType } of cases) {
        const rows = await manager.find(CaseEventEntity, { where: { caseId }, order: { sequence: 'ASC' } });
        const clear = await readable(keys, caseId, rows);
        if (!clear) continue;
        await people.index.record(
          caseId,
          caseType,
          clear.flatMap((data) => personDigests(people.key, caseType, data)),
        );
        indexed++;
      }
      return { indexed, skipped: cases.length - indexed, last: cases.at(-1)?.caseId ?? null };
    },
  };
}

function casesAfter(manager: EntityManager, after: string | undefined, limit: number): Promise<{ caseId: string; caseType: CaseType }[]> {
  const query = manager
    .createQueryBuilder(CaseEventEntity, 'e')
    .select('e.caseId', 'caseId')
    .addSelect('MIN(e.caseType)', 'caseType')
    .groupBy('e.caseId')
    .orderBy('e.caseId')
    .limit(limit);
  if (after !== undefined) query.where('e.caseId > :after', { after });
  return query.getRawMany();
}

/** The events' data in clear, or undefined when nothing of the case can be read any more. */
async function readable(keys: Pick<CaseKeyStore, 'existingKey'>, caseId: string, rows: readonly CaseEventEntity[]) {
  if (rows.some((row) => row.type === PERSONAL_INFORMATION_ERASED)) return undefined;
  const key = await keys.existingKey(caseId);
  if (!key && rows.some((row) => holdsConcealed(row.data))) return undefined;
  return rows.map((row) => mapStrings(row.data, (text) => revealText(key, caseId, text)));
}
