import {
  checkEndPremierMission,
  FIRST_PREMIER_MISSION_RULES,
  PremierMissionCommand,
  premierMissionDecider,
  premierMissionDeciderUnder,
  PremierMissionEvent,
  PremierMissionState,
  premierMissionTraits,
} from '@entente/domain';
import { PREMIER_MISSION_SCHEMA_VERSIONS, type PremierMissionEndedV1 } from '@entente/contracts';
import { takesChange } from '../shared/earlier-changes';
import type { WrittenEvent } from '../shared/case-runner';
import { CaseDefinition, CaseInput, runCase } from '../shared/case-workflow';
import { PREMIER_MISSION_UPDATES, type PremierMissionStaffCommand, type PremierMissionView } from './premier-mission.messages';

/** Issue 12: a mission's facts in order (no end before its first day, no service after its last), ends at their own instant. */
const FACT_INSTANTS = 'premier-mission-fact-instants';

/** An end decided before it took its own instant replays as schema 1: its `recordedAt` was its `endedAt`. */
function endAsPublished(event: PremierMissionEvent): WrittenEvent | null {
  if (event.type !== 'PremierMissionEnded' || takesChange(FACT_INSTANTS)) return null;
  const { recordedAt: _sameInstant, ...published } = event.data;
  return { schemaVersion: 1, data: published satisfies PremierMissionEndedV1 };
}

/**
 * A Premier-led mission: timers start and end it, then send every participant the evaluation,
 * remind them once and compile the answers. No service-standard clock: nobody on staff is late.
 */
export const PREMIER_MISSION_CASE: CaseDefinition<
  PremierMissionState,
  PremierMissionCommand,
  PremierMissionEvent,
  PremierMissionStaffCommand
> = {
  caseType: 'premier-mission',
  decider: premierMissionDecider,
  schemaVersions: PREMIER_MISSION_SCHEMA_VERSIONS,
  writtenAsPublished: endAsPublished,
  updates: PREMIER_MISSION_UPDATES,
  clockStarts: {},
  preparations: {
    EndPremierMission: {
      check: checkEndPremierMission,
      prepare: async (command, _state, activities) => ({
        ...command,
        data: { ...command.data, evaluation: await activities.planMissionEvaluation(command.metadata.now) },
      }),
    },
  },
  ...premierMissionTraits,
};

/** A mission begun before its facts were held in order: decided under its first rules for its run. */
const MISSION_UNDER_FIRST_RULES: typeof PREMIER_MISSION_CASE = {
  ...PREMIER_MISSION_CASE,
  decider: premierMissionDeciderUnder(FIRST_PREMIER_MISSION_RULES),
  preparations: {
    EndPremierMission: {
      ...PREMIER_MISSION_CASE.preparations!.EndPremierMission!,
      check: (command, state) => checkEndPremierMission(command, state, FIRST_PREMIER_MISSION_RULES),
    },
  },
};

/**
 * A run begun before the patch replays the steps it took under the rules it took them by, and
 * seals the bytes it published; every run begun since (a continued one too) takes today's.
 */
export function premierMissionWorkflow(input: CaseInput<PremierMissionState>): Promise<PremierMissionView> {
  return runCase(takesChange(FACT_INSTANTS) ? PREMIER_MISSION_CASE : MISSION_UNDER_FIRST_RULES, input);
}
