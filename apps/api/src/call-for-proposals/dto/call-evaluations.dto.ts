import { ApiProperty } from '@nestjs/swagger';
import type { CallForProposalsStatus, ConflictDeclaration, SelectionDecision } from '@entente/domain';
import { CriterionScoreDto } from './evaluation-steps.dto';
import { OrganizationDto } from './open-call-steps.dto';
import { CriterionDto } from './publish-call-for-proposals.dto';

/*
 * Named, not left to the emitted metadata: a union type is `String` to tsc but `Object` to SWC
 * (Jest), and the document must be one.
 */
const CALL_STATUSES: readonly CallForProposalsStatus[] = ['open', 'evaluating', 'decided', 'completed', 'closed-without-proposals'];

/** One evaluator's declaration and scores on one proposal, kept even when recused, for the auditors. */
export class EvaluatorReportDto {
  @ApiProperty({ example: 'marc.bouchard' }) evaluatorId!: string;
  @ApiProperty({ enum: ['pending', 'none', 'conflict'] }) declaration!: ConflictDeclaration;
  @ApiProperty({ type: String, nullable: true, description: 'With a conflict.' }) conflictNature!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) declaredAt!: string | null;
  @ApiProperty({ type: [CriterionScoreDto], nullable: true, description: 'Null until scored, or while sealed from the caller.' })
  scores!: readonly CriterionScoreDto[] | null;
  @ApiProperty({ description: 'Scores given, but sealed from the caller until their own are in (or the decision).' })
  scoresSealed!: boolean;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) scoredAt!: string | null;
  @ApiProperty({ description: 'Its scores count in the ranking: no conflict declared, and scored.' }) counted!: boolean;
}

export class ProposalEvaluationsDto {
  @ApiProperty() proposalId!: string;
  @ApiProperty({ type: OrganizationDto }) organization!: OrganizationDto;
  @ApiProperty() projectTitle!: string;
  @ApiProperty({ format: 'date-time' }) submittedAt!: string;
  @ApiProperty({ type: [EvaluatorReportDto], description: 'In assignment order.' }) evaluators!: readonly EvaluatorReportDto[];
}

export class RankedProposalDto {
  @ApiProperty() proposalId!: string;
  @ApiProperty() organizationId!: string;
  @ApiProperty({ example: 1 }) rank!: number;
  @ApiProperty({ example: 85.5, description: 'Weighted score out of 100, to the hundredth.' }) score!: number;
  @ApiProperty({ example: 2 }) evaluatorCount!: number;
}

/** How the selection was judged, read live from the workflow: the fairness audit of a call. */
export class CallEvaluationsDto {
  @ApiProperty({ format: 'uuid' }) caseId!: string;
  @ApiProperty({ description: 'Sequence number of the case’s last event.' }) sequence!: number;
  @ApiProperty({ enum: CALL_STATUSES, example: 'evaluating' })
  status!: CallForProposalsStatus;
  @ApiProperty({ type: [CriterionDto] }) criteria!: readonly CriterionDto[];
  @ApiProperty({ type: [ProposalEvaluationsDto], description: 'In the order recorded.' }) proposals!: readonly ProposalEvaluationsDto[];
  @ApiProperty({ description: 'Some scores are sealed from the caller, and so is the ranking (left empty).' })
  scoresSealed!: boolean;
  @ApiProperty({ type: [RankedProposalDto], description: 'The fully evaluated proposals, best first (empty while scores are sealed).' })
  ranking!: readonly RankedProposalDto[];
  @ApiProperty({ description: 'How the ranking is computed from the criteria and the scores, in words.' })
  rankingFormula!: string;
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    nullable: true,
    description:
      'Once decided: outcomes with reasons, ranks and scores, and `departure` (the proposals whose outcome departs from the ' +
      'ranking and its justification; null when the outcomes follow it).',
  })
  decision!: SelectionDecision | null;
}
