import { proxySinks, type Sinks, type WorkflowInterceptorsFactory } from '@temporalio/workflow';
import type { EventEnvelope } from '@entente/contracts';

/** What a replayed case hands its publishing activity, told to the test outside the sandbox. */
export interface PublishedEventsSinks extends Sinks {
  published: { events(events: readonly EventEnvelope[]): void };
}

const { published } = proxySinks<PublishedEventsSinks>();

// Bundled into the replay test's workflow code only.
export const interceptors: WorkflowInterceptorsFactory = () => ({
  outbound: [
    {
      scheduleActivity(input, next) {
        if (input.activityType === 'publishCaseEvents') published.events(input.args[0] as EventEnvelope[]);
        return next(input);
      },
    },
  ],
});
