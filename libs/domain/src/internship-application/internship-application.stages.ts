import { CommandRefused } from '../shared/errors';
import type { InternshipApplicationCommand } from './internship-application.commands';
import {
  isInternshipApplicationOpen,
  type InternshipApplication,
  type InternshipApplicationState,
  type InternshipApplicationStatus,
  type OpenInternshipApplication,
} from './internship-application.state';

// State guards shared by the commands: each refusal says where the application stands.

const STAGE: Record<InternshipApplicationStatus, string> = {
  filed: 'awaiting its eligibility reply',
  eligible: 'eligible, with no interview scheduled',
  'interview-scheduled': 'awaiting its interview',
  interviewed: 'awaiting its final reply',
  'not-eligible': 'closed: the candidate is not eligible',
  selected: 'closed: the candidate was selected',
  'not-selected': 'closed: the candidate was not selected',
  withdrawn: 'closed: the candidate withdrew',
};

export function requireCase(state: InternshipApplicationState): InternshipApplication {
  if (state.status === 'none') throw new CommandRefused('no internship application has been filed for this case');
  return state;
}

export function requireOpen(state: InternshipApplicationState): OpenInternshipApplication {
  const application = requireCase(state);
  if (!isInternshipApplicationOpen(application)) throw new CommandRefused(`the application is ${STAGE[application.status]}`);
  return application;
}

/** The open application, if it stands at one of the `stages` where `command` makes sense. */
export function requireStage(
  state: InternshipApplicationState,
  stages: readonly InternshipApplicationStatus[],
  command: InternshipApplicationCommand['type'],
): OpenInternshipApplication {
  const application = requireOpen(state);
  if (!stages.includes(application.status)) {
    const wanted = stages.map((stage) => STAGE[stage]).join(' or ');
    throw new CommandRefused(`the application is ${STAGE[application.status]}; ${command} needs it ${wanted}`);
  }
  return application;
}
