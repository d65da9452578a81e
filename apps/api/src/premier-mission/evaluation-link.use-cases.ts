import { Injectable } from '@nestjs/common';
import type { Actor, PremierMissionState } from '@entente/domain';
import { EvaluationLinkRefused, readEvaluationLink, type EvaluationLinkClaims } from '@entente/platform';
import { caseViewQuery } from '@entente/workflows';
import { ApiConfig } from '../config/api.config';
import { updateOf } from '../temporal/case-commands';
import { CaseWorkflowGateway } from '../temporal/case-workflow.gateway';
import type { EvaluationLinkDto, LinkAnswerDto } from './dto/evaluation-link.dto';
import { linkRefusal } from './evaluation-link.errors';
import { evaluationLinkViewOf } from './evaluation-link.view';

const TYPE = 'premier-mission';

/**
 * A participant's evaluation link (docs/adr/0023). The link is the credential: it names the case
 * and the participant, so there is no read scope to check, and the command goes out signed like
 * any other, as the actor `{ id: participantId, role: 'participant' }`, whom the domain lets
 * answer their own evaluation and nothing else.
 */
@Injectable()
export class EvaluationLinkUseCases {
  constructor(
    private readonly workflows: CaseWorkflowGateway,
    private readonly config: ApiConfig,
  ) {}

  async show(token: string): Promise<EvaluationLinkDto> {
    const { caseId, participantId } = this.claimsOf(token);
    const { state } = await this.workflows.query(TYPE, caseId, caseViewQuery);
    return evaluationLinkViewOf(state as PremierMissionState, participantId);
  }

  async answer(token: string, { ratings, comment }: LinkAnswerDto, correlationId: string): Promise<EvaluationLinkDto> {
    const { caseId, participantId } = this.claimsOf(token);
    const actor: Actor = { id: participantId, role: 'participant' };
    const data = { participantId, ratings, comment: comment ?? null, answeredAt: new Date().toISOString() };
    const update = updateOf(TYPE, 'RecordMissionEvaluationAnswer');
    const { state } = await this.workflows.send(TYPE, caseId, { update, data }, { actor, teams: [], correlationId });
    return evaluationLinkViewOf(state, participantId);
  }

  private claimsOf(token: string): EvaluationLinkClaims {
    try {
      return readEvaluationLink(token, this.config.evaluationLinkSecret, Date.now());
    } catch (error) {
      throw error instanceof EvaluationLinkRefused ? linkRefusal(error) : error;
    }
  }
}
