import { concealEventData, type CaseKeyStore } from '@entente/platform';
import type { ConcealRequest } from '@entente/workflows';

/**
 * Seals the personal fields of a case's new events under its key, which the workflow may not
 * hold; and destroys the key when the case is erased.
 */
export function personalFieldActivities(keys: Pick<CaseKeyStore, 'dataKey' | 'destroy'>) {
  return {
    async concealPersonalFields({ caseId, caseType, data }: ConcealRequest): Promise<unknown[]> {
      const key = await keys.dataKey(caseId);
      return data.map((item) => concealEventData(key, caseId, caseType, item));
    },
    async destroyCaseKey(caseId: string): Promise<void> {
      await keys.destroy(caseId);
    },
  };
}
