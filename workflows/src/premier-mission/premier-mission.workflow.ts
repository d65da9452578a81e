import {
  checkEndPremierMission,
  isPremierMissionOpen,
  MissionEnding,
  nextPremierMissionAlarm,
  PREMIER_MISSION_PERMISSIONS,
  PremierMissionCommand,
  premierMissionDecider,
  PremierMissionEvent,
  PremierMissionState,
  premierMissionStanding,
} from '@entente/domain';
import { PREMIER_MISSION_SCHEMA_VERSIONS } from '@entente/contracts';
import type { CaseView } from '../shared/case-messages';
import { CaseDefinition, CaseInput, runCase } from '../shared/case-workflow';
import { staffCommandsOf } from '../shared/commands';

export type PremierMissionView = CaseView<PremierMissionState>;

/**
 * A Premier-led mission: timers start and end it, then send every participant the evaluation,
 * remind them once and compile the answers. No service-standard clock: nobody on staff is late.
 */
export const PREMIER_MISSION_CASE: CaseDefinition<PremierMissionState, PremierMissionCommand, PremierMissionEvent> = {
  caseType: 'premier-mission',
  decider: premierMissionDecider,
  schemaVersions: PREMIER_MISSION_SCHEMA_VERSIONS,
  staffCommands: staffCommandsOf(PREMIER_MISSION_PERMISSIONS),
  clockStarts: {},
  preparations: {
    EndPremierMission: {
      check: (command, state) => checkEndPremierMission(command as MissionEnding, state),
      prepare: async (command, _state, activities) => ({ ...command, data: { evaluation: await activities.planMissionEvaluation(command.metadata.now) } }),
    },
  },
  isOpened: (state) => state.status !== 'none',
  isOpen: isPremierMissionOpen,
  nextAlarm: (state, nowMs) => {
    const alarm = nextPremierMissionAlarm(state, nowMs);
    return alarm && { at: alarm.at, type: alarm.type, data: {} };
  },
  clocks: () => [],
  standing: premierMissionStanding,
};

export function premierMissionWorkflow(input: CaseInput<PremierMissionState>): Promise<PremierMissionView> {
  return runCase(PREMIER_MISSION_CASE, input);
}
