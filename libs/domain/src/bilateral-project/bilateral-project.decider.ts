import type { Decider } from '../shared/decider';
import { InvalidCommand } from '../shared/errors';
import { exhaustive } from '../shared/exhaustive';
import { decideClockCommand, isClockCommand } from '../service-standards/clock-decisions';
import type { BilateralProjectCommand } from './bilateral-project.commands';
import type { BilateralProjectEvent } from './bilateral-project.events';
import { assign, submit, withdraw } from './bilateral-project.intake';
import { abandonNegotiations, endNegotiations, recordRound, startNegotiations } from './bilateral-project.negotiations';
import { notifyAnalysisResult, recordDeployed, recordSupport } from './bilateral-project.outcome';
import { authorizeBilateralProjectCommand, BILATERAL_PROJECT_PERMISSIONS } from './bilateral-project.permissions';
import { requireCase } from './bilateral-project.stages';
import { evolveBilateralProject, initialBilateralProjectState, type BilateralProjectState } from './bilateral-project.state';

export { checkEndPartnerNegotiations, type PartnerNegotiationsEnd } from './bilateral-project.negotiations';

function decide(command: BilateralProjectCommand, state: BilateralProjectState): BilateralProjectEvent[] {
  if (!Object.hasOwn(BILATERAL_PROJECT_PERMISSIONS, command.type)) {
    throw new InvalidCommand('type', `unknown command ${String(command.type)}`);
  }
  authorizeBilateralProjectCommand(command, state);
  // Clocks are the shared module's business, whatever the case type.
  if (isClockCommand(command)) {
    const { clocks, assignee } = requireCase(state);
    return decideClockCommand(command, clocks, assignee);
  }
  switch (command.type) {
    case 'SubmitBilateralProject':
      return submit(command, state);
    case 'AssignBilateralProject':
      return assign(command, state);
    case 'StartPartnerNegotiations':
      return startNegotiations(command, state);
    case 'RecordNegotiationRound':
      return recordRound(command, state);
    case 'EndPartnerNegotiations':
      return endNegotiations(command, state);
    case 'AbandonPartnerNegotiations':
      return abandonNegotiations(command, state);
    case 'NotifyProjectAnalysisResult':
      return notifyAnalysisResult(command, state);
    case 'RecordDeploymentSupport':
      return recordSupport(command, state);
    case 'RecordBilateralProjectDeployed':
      return recordDeployed(command, state);
    case 'WithdrawBilateralProject':
      return withdraw(command, state);
    default:
      return exhaustive(command, []);
  }
}

/**
 * The bilateral cooperation project: submitted by a Québec institution under a cooperation
 * agreement with a foreign government; negotiated with the foreign partners; the institution
 * notified of the analysis result within 15 working days of the end of negotiations; if
 * accepted, supported until deployed.
 */
export const bilateralProjectDecider: Decider<BilateralProjectState, BilateralProjectCommand, BilateralProjectEvent> = {
  decide,
  evolve: evolveBilateralProject,
  initialState: initialBilateralProjectState,
};
