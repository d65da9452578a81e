import type { Actor } from '../shared/command';
import { fold } from '../shared/decider';
import { callForProposalsDecider } from './call-for-proposals.decider';
import type { CallForProposalsEvent } from './call-for-proposals.events';
import { auditor, DECIDED, DECLARED, director, odile, olivier, oscar, scored, supervisor } from './call-for-proposals.fixtures';
import { callAsSeenBy, scoresSealedFrom } from './call-for-proposals.sealing';
import type { CallForProposals } from './call-for-proposals.state';

const callAfter = (events: CallForProposalsEvent[]) => fold(callForProposalsDecider, events) as CallForProposals;
// Olivier has scored p-001; Odile has not yet.
const SCORING = callAfter([...DECLARED, scored('p-001', 'olivier', [36, 24, 8])]);
const p001 = SCORING.proposals[0]!;
const scoresOf = (reader: Actor, call: CallForProposals = SCORING) =>
  (callAsSeenBy(reader, call) as CallForProposals).proposals[0]!.evaluations.map((e) => [
    e.evaluatorId,
    e.scores === null ? null : 'scores',
  ]);

describe('scores sealed while the call is evaluated', () => {
  it('an evaluator who has not scored a proposal sees no other evaluator’s scores on it', () => {
    expect(scoresSealedFrom(odile, SCORING, p001)).toBe(true);
    expect(scoresOf(odile)).toEqual([
      ['olivier', null],
      ['odile', null],
    ]);
  });

  it('once their own scores are in, they see the others’', () => {
    const both = callAfter([...DECLARED, scored('p-001', 'olivier', [36, 24, 8]), scored('p-001', 'odile', [32, 27, 9])]);
    expect(scoresSealedFrom(odile, both, both.proposals[0]!)).toBe(false);
    expect(scoresOf(odile, both)).toEqual([
      ['olivier', 'scores'],
      ['odile', 'scores'],
    ]);
  });

  it('an evaluator always sees their own scores', () => {
    expect(scoresOf(olivier)).toEqual([
      ['olivier', 'scores'],
      ['odile', null],
    ]);
  });

  it.each([oscar, supervisor])('$id, who might yet be assigned, sees none', (reader) => {
    expect(scoresOf(reader)).toEqual([
      ['olivier', null],
      ['odile', null],
    ]);
  });

  it.each([director, auditor])('the $role sees every score', (reader) => {
    expect(scoresSealedFrom(reader, SCORING, p001)).toBe(false);
    expect(callAsSeenBy(reader, SCORING)).toEqual(SCORING);
  });

  it('once the selection is decided, nothing is sealed', () => {
    const decided = callAfter(DECIDED);
    expect(callAsSeenBy(oscar, decided)).toEqual(decided);
  });
});
