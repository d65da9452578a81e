import { InvalidCommand } from '../shared/errors';
import { requirePastDate } from './cooperation-engagement.validation';

/**
 * Rules a case gained after engagements began: one that accepted an activity or a mission outside
 * its dates replays it so, under the rules it accepted it by (its workflow's patch decides).
 */
export interface CooperationEngagementRules {
  /** Activities within the approved plan's schedule; activities and the mission held on their planned dates. */
  readonly heldAsPlanned: boolean;
  /** Activities start no earlier than the day the partner approved the plan they belong to. */
  readonly afterApproval: boolean;
}

export const COOPERATION_ENGAGEMENT_RULES: CooperationEngagementRules = { heldAsPlanned: true, afterApproval: true };
/** A run begun when activities first kept to the plan's dates, before they kept to its approval. */
export const DATED_COOPERATION_ENGAGEMENT_RULES: CooperationEngagementRules = { heldAsPlanned: true, afterApproval: false };
export const FIRST_COOPERATION_ENGAGEMENT_RULES: CooperationEngagementRules = { heldAsPlanned: false, afterApproval: false };

/**
 * The day something planned was held: come, and one of its planned dates, so the record never
 * shows a February activity held in December. One that moved is planned again first (`remedy`).
 */
export function requireHeldAsPlanned(
  value: unknown,
  nowMs: number,
  planned: { readonly startsOn: string; readonly endsOn: string; readonly what: string; readonly remedy: string },
  rules: CooperationEngagementRules,
): string {
  const heldOn = requirePastDate(value, 'heldOn', nowMs);
  if (rules.heldAsPlanned && (heldOn < planned.startsOn || heldOn > planned.endsOn)) {
    throw new InvalidCommand('heldOn', `must fall within ${planned.what} (${planned.startsOn} to ${planned.endsOn}); ${planned.remedy}`);
  }
  return heldOn;
}
