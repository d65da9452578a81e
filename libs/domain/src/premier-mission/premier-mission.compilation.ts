import {
  EVALUATION_ASPECTS,
  type AspectFigures,
  type EvaluationAspect,
  type EvaluationRatings,
  type MissionEvaluationCompilation,
} from './premier-mission.events';

/** One participant's answer, as the compilation needs it. */
export interface CompiledAnswer {
  readonly ratings: EvaluationRatings;
  readonly comment: string | null;
}

const twoDecimals = (value: number): number => Math.round(value * 100) / 100;

function figuresOf(aspect: EvaluationAspect, answers: readonly CompiledAnswer[]): AspectFigures | null {
  const ratings = answers.map((answer) => answer.ratings[aspect]).filter((rating): rating is number => rating !== undefined);
  if (ratings.length === 0) return null;
  const sum = ratings.reduce((total, rating) => total + rating, 0);
  return { aspect, responses: ratings.length, average: twoDecimals(sum / ratings.length) };
}

/**
 * The mission's figures: response rate over the participants invited, and for each aspect the
 * number of ratings and their mean (an aspect a participant did not rate does not count as 0).
 */
export function compileEvaluations(invited: number, answers: readonly CompiledAnswer[]): MissionEvaluationCompilation {
  return {
    invited,
    answered: answers.length,
    responseRate: invited === 0 ? null : twoDecimals(answers.length / invited),
    aspects: EVALUATION_ASPECTS.map((aspect) => figuresOf(aspect, answers)).filter((figures): figures is AspectFigures => figures !== null),
    comments: answers.map((answer) => answer.comment).filter((comment): comment is string => comment !== null),
  };
}
