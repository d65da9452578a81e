import { CommandRefused } from '../shared/errors';
import { decideAssignment } from '../shared/assignment';
import { nowOf, optionalText, requirePastInstant, text } from '../shared/validation';
import type { AssignBilateralProject, SubmitBilateralProject, WithdrawBilateralProject } from './bilateral-project.commands';
import type { BilateralProjectEvent } from './bilateral-project.events';
import type { BilateralProjectState } from './bilateral-project.state';
import { requireOpen } from './bilateral-project.stages';
import { isoNow, requireAgreement, requireInstitution, requireRequestedSupport } from './bilateral-project.validation';

// Opening, assigning and withdrawing a project: the commands that do not depend on its stage.

type Events = BilateralProjectEvent[];

/** No clock starts here: the standard runs from the end of negotiations, not from the submission. */
export function submit({ data, metadata }: SubmitBilateralProject, state: BilateralProjectState): Events {
  if (state.status !== 'none') throw new CommandRefused(`case already exists (${state.caseId})`);
  const submission = {
    caseId: text(data.caseId, 'caseId'),
    institution: requireInstitution(data.institution),
    agreement: requireAgreement(data.agreement),
    title: text(data.title, 'title'),
    summary: text(data.summary, 'summary'),
    sector: text(data.sector, 'sector'),
    requestedSupport: requireRequestedSupport(data.requestedSupport),
    submittedAt: requirePastInstant(data.submittedAt, 'submittedAt', nowOf(metadata)),
    recordedBy: metadata.actor.id,
  };
  return [{ type: 'BilateralProjectSubmitted', data: submission }];
}

export function assign({ data, metadata }: AssignBilateralProject, state: BilateralProjectState): Events {
  const project = requireOpen(state);
  const officerId = text(data.officerId, 'officerId');
  const reason = optionalText(data.reason, 'reason');
  const assignedBy = metadata.actor.id;
  const assignment = decideAssignment(project.assignee, officerId, reason);
  if (assignment.kind === 'assigned') return [{ type: 'BilateralProjectAssigned', data: { officerId, assignedBy } }];
  const { fromOfficerId, toOfficerId } = assignment;
  return [{ type: 'BilateralProjectReassigned', data: { fromOfficerId, toOfficerId, reason, assignedBy } }];
}

/** At any open stage; a clock still running (analysis under way) is cancelled, since nothing is owed. */
export function withdraw({ data, metadata }: WithdrawBilateralProject, state: BilateralProjectState): Events {
  const project = requireOpen(state);
  const running = Object.entries(project.clocks).filter(([, clock]) => clock.stoppedAt === null);
  const withdrawal = {
    reason: text(data.reason, 'reason'),
    withdrawnAt: isoNow(metadata),
    recordedBy: metadata.actor.id,
    cancelledClocks: running.map(([standardId]) => standardId),
  };
  return [{ type: 'BilateralProjectWithdrawn', data: withdrawal }];
}
