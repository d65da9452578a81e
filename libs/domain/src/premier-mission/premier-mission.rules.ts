/**
 * The rules a mission is decided under. A mission keeps those it began with, as a case keeps the
 * service standard in force when its clock started: its workflow replays the steps it took
 * under them (see workflows/src/premier-mission).
 */
export interface PremierMissionRules {
  /** A mission ends neither before its first day nor before it started; no service is dated after its last day. */
  readonly factsInOrder: boolean;
}

/** The rules of every mission planned now (docs/domain.md#premier-led-missions). */
export const PREMIER_MISSION_RULES: PremierMissionRules = { factsInOrder: true };

/** The rules of missions begun before their facts were held in order. */
export const FIRST_PREMIER_MISSION_RULES: PremierMissionRules = { factsInOrder: false };
