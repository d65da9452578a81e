import { proxySinks, type Sinks, type WorkflowInterceptorsFactory } from '@temporalio/workflow';
import type { EventEnvelope } from '@entente/contracts';

/** What a replayed case hands its publishing activity, told to the test outside the sandbox. */
export interface PublishedEventsSinks extends Sinks {
  published: { events(events: readonly EventEnvelope[]): void };
}

const { published } = proxySinks<PublishedEventsSinks>();

function told(input: { activityType: string; args: unknown[] }): void {
  if (input.activityType === 'publishCaseEvents') published.events(input.args[0] as EventEnvelope[]);
}

// Bundled into the replay test's workflow code only; publishing runs queued or local (cases begun after the change).
export const interceptors: WorkflowInterceptorsFactory = () => ({
  outbound: [
    {
      scheduleActivity(input, next) {
        told(input);
        return next(input);
      },
      scheduleLocalActivity(input, next) {
        told(input);
        return next(input);
      },
    },
  ],
});
