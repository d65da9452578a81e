import { mapStrings } from '@entente/domain';
import { concealEventData, personDigests, revealText, type CaseKeyStore, type PersonIndex } from '@entente/platform';
import type { ConcealRequest } from '@entente/workflows';

/** The blind index of the people cases name (docs/adr/0019), and the key its digests are made with. */
export interface PeopleIndex {
  readonly index: PersonIndex;
  readonly key: Buffer;
}

/**
 * Seals the personal fields of a case's new events under its key, which the workflow may not
 * hold, indexing first the people they name (the last moment their names are in clear); and
 * destroys the key and the index's rows when the case is erased.
 */
export function personalFieldActivities(keys: Pick<CaseKeyStore, 'dataKey' | 'destroy'>, people: PeopleIndex) {
  return {
    async concealPersonalFields({ caseId, caseType, data }: ConcealRequest): Promise<unknown[]> {
      const key = await keys.dataKey(caseId);
      // Text sealed before it reached the workflow (a closed case's correction) is indexed as it reads.
      const clear = data.map((item) => mapStrings(item, (text) => revealText(key, caseId, text)));
      await people.index.record(
        caseId,
        caseType,
        clear.flatMap((item) => personDigests(people.key, caseType, item)),
      );
      return data.map((item) => concealEventData(key, caseId, caseType, item));
    },
    async destroyCaseKey(caseId: string): Promise<void> {
      await people.index.forget(caseId);
      await keys.destroy(caseId);
    },
  };
}
