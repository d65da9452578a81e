import {
  checkEndPremierMission,
  MissionEnding,
  PREMIER_MISSION_PERMISSIONS,
  PremierMissionCommand,
  premierMissionDecider,
  PremierMissionEvent,
  PremierMissionState,
  premierMissionTraits,
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
  ...premierMissionTraits,
};

export function premierMissionWorkflow(input: CaseInput<PremierMissionState>): Promise<PremierMissionView> {
  return runCase(PREMIER_MISSION_CASE, input);
}
