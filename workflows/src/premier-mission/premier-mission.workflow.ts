import {
  checkEndPremierMission,
  PremierMissionCommand,
  premierMissionDecider,
  PremierMissionEvent,
  PremierMissionState,
  premierMissionTraits,
} from '@entente/domain';
import { PREMIER_MISSION_SCHEMA_VERSIONS } from '@entente/contracts';
import { CaseDefinition, CaseInput, runCase } from '../shared/case-workflow';
import { PREMIER_MISSION_UPDATES, type PremierMissionStaffCommand, type PremierMissionView } from './premier-mission.messages';

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
  updates: PREMIER_MISSION_UPDATES,
  clockStarts: {},
  preparations: {
    EndPremierMission: {
      check: checkEndPremierMission,
      prepare: async (command, _state, activities) => ({
        ...command,
        data: { evaluation: await activities.planMissionEvaluation(command.metadata.now) },
      }),
    },
  },
  ...premierMissionTraits,
};

export function premierMissionWorkflow(input: CaseInput<PremierMissionState>): Promise<PremierMissionView> {
  return runCase(PREMIER_MISSION_CASE, input);
}
