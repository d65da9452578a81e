import { factInstant, nowOf, requirePastInstant, text } from '../shared/validation';
import { outcomeAt, startedClock } from '../service-standards/clock-state';
import type { NotifyProjectAnalysisResult, RecordBilateralProjectDeployed, RecordDeploymentSupport } from './bilateral-project.commands';
import type { BilateralProjectEvent } from './bilateral-project.events';
import { ANALYSIS_RESULT_STANDARD_ID } from './bilateral-project.standards';
import type { BilateralProjectState, OpenBilateralProject } from './bilateral-project.state';
import { requireStage } from './bilateral-project.stages';
import { isoNow, requireAnalysisResult } from './bilateral-project.validation';

// After the negotiations: the analysis result notified to the institution (stops the clock),
// then, for an accepted project, operational support for deployment until it is deployed.

type Events = BilateralProjectEvent[];
type Step = { at: string; what: string };

/** The notification follows the end of the negotiations, which started the clock. */
function negotiationsEnd(project: OpenBilateralProject): Step | undefined {
  const endedAt = project.negotiations?.endedAt;
  return endedAt ? { at: endedAt, what: 'the end of the negotiations' } : undefined;
}

export function notifyAnalysisResult(command: NotifyProjectAnalysisResult, state: BilateralProjectState): Events {
  const { type, data, metadata } = command;
  const project = requireStage(state, 'under-analysis', type);
  const result = requireAnalysisResult(data);
  const notifiedAt = factInstant(data.notifiedAt, 'notifiedAt', metadata, negotiationsEnd(project));
  const clock = startedClock(project.clocks, ANALYSIS_RESULT_STANDARD_ID);
  const notified = {
    notifiedBy: metadata.actor.id,
    notifiedAt,
    recordedAt: isoNow(metadata),
    clockOutcome: outcomeAt(clock, Date.parse(notifiedAt)),
  };
  return [{ type: 'ProjectAnalysisResultNotified', data: { ...result, ...notified } }];
}

/** Support follows the notification of the result. */
function notification(project: OpenBilateralProject): Step | undefined {
  return project.analysis ? { at: project.analysis.notifiedAt, what: 'the notification of the result' } : undefined;
}

/** The deployment follows the notification and every support action (recorded in any order). */
function latestStep(project: OpenBilateralProject): Step | undefined {
  return project.supportActions.reduce<Step | undefined>(
    (latest, { action, providedAt }) =>
      !latest || Date.parse(providedAt) > Date.parse(latest.at) ? { at: providedAt, what: `support action ${action}` } : latest,
    notification(project),
  );
}

export function recordSupport({ type, data, metadata }: RecordDeploymentSupport, state: BilateralProjectState): Events {
  const project = requireStage(state, 'supporting-deployment', type);
  const support = {
    action: project.supportActions.length + 1,
    description: text(data.description, 'description'),
    providedAt: requirePastInstant(data.providedAt, 'providedAt', nowOf(metadata), notification(project)),
    recordedBy: metadata.actor.id,
  };
  return [{ type: 'DeploymentSupportProvided', data: support }];
}

export function recordDeployed({ type, data, metadata }: RecordBilateralProjectDeployed, state: BilateralProjectState): Events {
  const project = requireStage(state, 'supporting-deployment', type);
  const deployed = {
    deployedAt: requirePastInstant(data.deployedAt, 'deployedAt', nowOf(metadata), latestStep(project)),
    report: text(data.report, 'report'),
    recordedBy: metadata.actor.id,
  };
  return [{ type: 'BilateralProjectDeployed', data: deployed }];
}
