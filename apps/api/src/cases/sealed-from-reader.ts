import { foldCase, type EventEnvelope } from '@entente/contracts';
import { sealedScoresFrom, isSealed, withoutScores, type Actor, type CallForProposalsState, type SealedScores } from '@entente/domain';
import type { CaseEventDto } from './dto/case-detail.dto';

/**
 * What a reader may not see yet of a case's stored history, whatever the route: a call's scores
 * sealed from them while it is evaluated (docs/domain.md#calls-for-proposals). Other case types
 * seal nothing.
 */
export class SealedFromReader {
  private constructor(private readonly sealed: readonly SealedScores[]) {}

  /** From the case's whole stored history: what is sealed depends on where the case stands now. */
  static of(reader: Actor, history: readonly EventEnvelope[]): SealedFromReader {
    const caseType = history[0]?.caseType;
    if (caseType !== 'call-for-proposals') return new SealedFromReader([]);
    return new SealedFromReader(sealedScoresFrom(reader, foldCase(caseType, history) as CallForProposalsState));
  }

  get anything(): boolean {
    return this.sealed.length > 0;
  }

  /** A timeline event, with a sealed score's values taken out. */
  event(event: CaseEventDto): CaseEventDto {
    if (event.type !== 'ProposalScored') return event;
    const data = event.data as { proposalId?: unknown; evaluatorId?: unknown };
    return isSealed(this.sealed, data.proposalId, data.evaluatorId) ? { ...event, data: { ...data, scores: null } } : event;
  }

  /** A call's state, as it stands or as it stood, without the sealed scores. */
  state(state: object): object {
    return this.anything ? withoutScores(state as CallForProposalsState, this.sealed) : state;
  }
}
