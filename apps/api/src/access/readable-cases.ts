import { Brackets, type SelectQueryBuilder, type WhereExpressionBuilder } from 'typeorm';
import { ADMINISTERED_CASE_TYPES, caseTypesOfTeam } from '@entente/contracts';
import { readPolicyOf, type Person, type ReadGrant } from '@entente/domain';
import { CaseEventEntity, type CaseSummaryEntity } from '@entente/persistence';

type Cases = SelectQueryBuilder<CaseSummaryEntity>;

// A call's holders are the evaluators of its proposals (caseFactsOf in libs/contracts): the same rule in SQL.
const EVALUATES =
  "c.caseType = 'call-for-proposals' AND " +
  "jsonb_path_exists(c.state, '$.proposals[*].evaluations[*].evaluatorId ? (@ == $by)', jsonb_build_object('by', CAST(:reader AS text)))";

function recordedByReader(builder: Cases): string {
  const first = builder.subQuery().select('1').from(CaseEventEntity, 'e').where('e.caseId = c.caseId').andWhere('e.sequence = 1');
  return `EXISTS ${first.andWhere('e.actorId = :reader').getQuery()}`;
}

/** One grant as SQL on the case summaries `c`, or null when it covers nothing (a grant over no team). */
function grantSql(builder: Cases, grant: ReadGrant, index: number): string | null {
  if (grant.kind === 'every-case') return 'TRUE';
  const types = grant.kind === 'administered' ? ADMINISTERED_CASE_TYPES : grant.teams.flatMap(caseTypesOfTeam);
  if (types.length === 0) return null;
  builder.setParameter(`types${index}`, types);
  const inTeams = `c.caseType IN (:...types${index})`;
  switch (grant.kind) {
    case 'team':
    case 'administered':
      return inTeams;
    case 'open-in-team':
      return `${inTeams} AND c.endedAt IS NULL`;
    case 'recorded':
      return `${inTeams} AND ${recordedByReader(builder)}`;
    case 'held':
      return `${inTeams} AND (c.assignee = :reader OR (${EVALUATES}))`;
    case 'escalated':
      return `${inTeams} AND c.escalatedTo = :escalatedTo`;
  }
}

/**
 * Keeps to the cases the reader may read, in the query itself so pages and totals never count
 * what the reader cannot see: the grants of `readPolicyOf` (libs/domain/src/access), as SQL.
 */
export function whereReadable(builder: Cases, reader: Person): Cases {
  const { grants } = readPolicyOf(reader);
  const conditions = grants.map((grant, index) => grantSql(builder, grant, index)).filter((sql): sql is string => sql !== null);
  const escalated = grants.find((grant) => grant.kind === 'escalated');
  builder.setParameters({ reader: reader.id, escalatedTo: escalated?.kind === 'escalated' ? escalated.to : null });
  return builder.andWhere(
    new Brackets((where: WhereExpressionBuilder) => {
      if (conditions.length === 0) where.where('FALSE');
      conditions.forEach((sql, index) => (index === 0 ? where.where(`(${sql})`) : where.orWhere(`(${sql})`)));
    }),
  );
}
