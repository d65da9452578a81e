import type { SelectQueryBuilder } from 'typeorm';
import { caseTypesOfTeam } from '@entente/contracts';
import type { Person, Team } from '@entente/domain';
import type { CaseSummaryEntity } from '@entente/persistence';

/** The work queue's views, as staff name them: each is a set of open cases for the person asking. */
export const QUEUE_VIEWS = ['mine', 'unassigned', 'team', 'overdue', 'due-soon', 'open'] as const;
export type QueueView = (typeof QUEUE_VIEWS)[number];

/** A clock still counts down, whatever the case type's status words. */
export const RUNNING_CLOCK = "c.clockState IN ('running', 'warned', 'breached')";
export const OVERDUE = `${RUNNING_CLOCK} AND c.dueAt < :now`;

const teamTypes = (teams: readonly Team[]) => teams.flatMap((team) => caseTypesOfTeam(team));

/** Narrows `builder` to the open cases of `view`; `dueSoonBefore` ends "due within 2 working days". */
export function withinView(
  builder: SelectQueryBuilder<CaseSummaryEntity>,
  view: QueueView,
  reader: Person,
  instants: { readonly now: Date; readonly dueSoonBefore: Date },
): SelectQueryBuilder<CaseSummaryEntity> {
  builder.andWhere('c.endedAt IS NULL');
  const ofTeams = () => builder.andWhere('c.caseType IN (:...viewTypes)', { viewTypes: ['', ...teamTypes(reader.teams)] });
  switch (view) {
    case 'mine':
      return builder.andWhere('c.assignee = :reader', { reader: reader.id });
    case 'unassigned':
      return ofTeams().andWhere('c.assignee IS NULL');
    case 'team':
      return ofTeams();
    case 'overdue':
      return builder.andWhere(OVERDUE, { now: instants.now });
    case 'due-soon':
      return builder.andWhere(`${RUNNING_CLOCK} AND c.dueAt >= :now AND c.dueAt <= :dueSoonBefore`, instants);
    case 'open':
      return builder;
  }
}
