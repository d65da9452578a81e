import { GoneException, NotFoundException } from '@nestjs/common';
import { EvaluationLinkRefused } from '@entente/platform';

/** A link we never made, or one to nobody's evaluation: 404, naming the token and nothing it claims. */
export class EvaluationLinkUnknown extends NotFoundException {
  constructor() {
    super({ message: 'token is not a valid evaluation link', field: 'token' });
  }
}

/** The link's refusal as the participant is told it: unknown (404) or expired (410, `link-expired`). */
export function linkRefusal(refusal: EvaluationLinkRefused): NotFoundException | GoneException {
  if (refusal.fault !== 'expired') return new EvaluationLinkUnknown();
  return new GoneException({ message: `the evaluation link ${refusal.message}: answers are no longer taken`, field: 'token' });
}
