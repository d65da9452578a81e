import { compileEvaluations } from './premier-mission.compilation';

describe('compileEvaluations', () => {
  it('gives the response rate and, per aspect rated, the count and mean to two decimals', () => {
    const answers = [
      { ratings: { transport: 5, meetings: 4 }, comment: 'Très bonne organisation des rencontres B2B.' },
      { ratings: { transport: 4, meetings: 4 }, comment: null },
      { ratings: { transport: 4, interpretation: 2 }, comment: 'Interprètes trop peu nombreux.' },
    ];
    expect(compileEvaluations(7, answers)).toEqual({
      invited: 7,
      answered: 3,
      responseRate: 0.43,
      aspects: [
        { aspect: 'transport', responses: 3, average: 4.33 },
        { aspect: 'meetings', responses: 2, average: 4 },
        { aspect: 'interpretation', responses: 1, average: 2 },
      ],
      comments: ['Très bonne organisation des rencontres B2B.', 'Interprètes trop peu nombreux.'],
    });
  });

  it('an aspect nobody rated is left out, not averaged as zero', () => {
    expect(compileEvaluations(2, [{ ratings: { accommodation: 1 }, comment: null }]).aspects).toEqual([
      { aspect: 'accommodation', responses: 1, average: 1 },
    ]);
  });

  it('no answers: rate 0; nobody invited: rate null', () => {
    expect(compileEvaluations(4, [])).toEqual({ invited: 4, answered: 0, responseRate: 0, aspects: [], comments: [] });
    expect(compileEvaluations(0, []).responseRate).toBeNull();
  });
});
