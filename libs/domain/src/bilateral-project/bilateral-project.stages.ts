import { CommandRefused } from '../shared/errors';
import type { BilateralProjectCommand } from './bilateral-project.commands';
import {
  isBilateralProjectOpen,
  type BilateralProject,
  type BilateralProjectState,
  type BilateralProjectStatus,
  type OpenBilateralProject,
  type OpenBilateralProjectStatus,
} from './bilateral-project.state';

// State guards shared by the commands: each refusal says where the project stands.

const STAGE: Record<BilateralProjectStatus, string> = {
  submitted: 'submitted, with no negotiations started',
  negotiating: 'in negotiation with the foreign partners',
  'under-analysis': 'under analysis, the negotiations ended',
  'supporting-deployment': 'accepted, in deployment with operational support',
  deployed: 'closed: the project is deployed',
  refused: 'closed: the project was refused',
  abandoned: 'closed: the negotiations were abandoned',
  withdrawn: 'closed: the institution withdrew the project',
};

export function requireCase(state: BilateralProjectState): BilateralProject {
  if (state.status === 'none') throw new CommandRefused('no bilateral cooperation project has been submitted for this case');
  return state;
}

export function requireOpen(state: BilateralProjectState): OpenBilateralProject {
  const project = requireCase(state);
  if (!isBilateralProjectOpen(project)) throw new CommandRefused(`the project is ${STAGE[project.status]}`);
  return project;
}

/** The open project, if it stands at the stage where `command` makes sense. */
export function requireStage(
  state: BilateralProjectState,
  stage: OpenBilateralProjectStatus,
  command: BilateralProjectCommand['type'],
): OpenBilateralProject {
  const project = requireOpen(state);
  if (project.status !== stage) {
    throw new CommandRefused(`the project is ${STAGE[project.status]}; ${command} needs it ${STAGE[stage]}`);
  }
  return project;
}
