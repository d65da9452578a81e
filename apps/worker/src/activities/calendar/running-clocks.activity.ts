import type { EntityManager } from 'typeorm';
import { CaseType, caseWorkflowId } from '@entente/contracts';
import { ServiceClockEntity } from '@entente/persistence';
import type { CalendarActivities } from '@entente/workflows';

/** The cases a calendar change may move, from the clocks read model (a closed case refuses the signal). */
export function calendarActivities(manager: EntityManager): CalendarActivities {
  return {
    async caseWorkflowsWithRunningClocks(fromInstant: string): Promise<string[]> {
      const rows = await manager
        .createQueryBuilder(ServiceClockEntity, 'c')
        .select(['c.caseId', 'c.caseType'])
        .distinct(true)
        .where('c.stoppedAt IS NULL AND c.breached = false AND c.dueAt >= :from', { from: new Date(fromInstant) })
        .getMany();
      return rows.map((row) => caseWorkflowId(row.caseType as CaseType, row.caseId));
    },
  };
}
