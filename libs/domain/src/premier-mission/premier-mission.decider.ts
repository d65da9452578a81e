import type { Decider } from '../shared/decider';
import { InvalidCommand } from '../shared/errors';
import { exhaustive } from '../shared/exhaustive';
import type { PremierMissionCommand } from './premier-mission.commands';
import { compile, end, recordAnswer, remind } from './premier-mission.evaluation';
import type { PremierMissionEvent } from './premier-mission.events';
import { authorizePremierMissionCommand, PREMIER_MISSION_PERMISSIONS } from './premier-mission.permissions';
import { assign, cancel, closeRegistration, plan, recordLogistics, register, start } from './premier-mission.preparation';
import { PREMIER_MISSION_RULES, type PremierMissionRules } from './premier-mission.rules';
import { evolvePremierMission, initialPremierMissionState, type PremierMissionState } from './premier-mission.state';

function decide(command: PremierMissionCommand, state: PremierMissionState, rules: PremierMissionRules): PremierMissionEvent[] {
  if (!Object.hasOwn(PREMIER_MISSION_PERMISSIONS, command.type)) {
    throw new InvalidCommand('type', `unknown command ${String(command.type)}`);
  }
  authorizePremierMissionCommand(command, state);
  switch (command.type) {
    case 'PlanPremierMission':
      return plan(command, state);
    case 'AssignPremierMission':
      return assign(command, state);
    case 'RegisterMissionParticipant':
      return register(command, state);
    case 'ClosePremierMissionRegistration':
      return closeRegistration(command, state);
    case 'RecordMissionLogisticsService':
      return recordLogistics(command, state, rules);
    case 'StartPremierMission':
      return start(command, state);
    case 'EndPremierMission':
      return end(command, state, rules);
    case 'RemindMissionParticipants':
      return remind(command, state);
    case 'RecordMissionEvaluationAnswer':
      return recordAnswer(command, state);
    case 'CompileMissionEvaluations':
      return compile(command, state);
    case 'CancelPremierMission':
      return cancel(command, state);
    default:
      return exhaustive(command, []);
  }
}

/** The decider under a set of rules: today's, or those a mission began with. */
export function premierMissionDeciderUnder(
  rules: PremierMissionRules,
): Decider<PremierMissionState, PremierMissionCommand, PremierMissionEvent> {
  return {
    decide: (command, state) => decide(command, state, rules),
    evolve: evolvePremierMission,
    initialState: initialPremierMissionState,
  };
}

/**
 * A Premier-led mission of the Bureau des missions (declaration of services, "Québec missions"):
 * registration, logistics, the trip, then every participant's evaluation of the services, one
 * reminder, and the compiled figures.
 */
export const premierMissionDecider = premierMissionDeciderUnder(PREMIER_MISSION_RULES);
