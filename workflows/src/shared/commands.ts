import type { ClockAlarm, ClockCommand, CommandMetadata } from '@entente/domain';
import type { CommandRequest } from './case-messages';

/** Workflow time is Temporal's deterministic clock: the same on every replay. */
function metadata(actor: CommandMetadata['actor'], correlationId: string): CommandMetadata {
  return { actor, now: new Date().toISOString(), correlationId };
}

export function staffCommand<T extends string, D>(type: T, request: CommandRequest<D>) {
  return { type, data: request.data, metadata: metadata(request.actor, request.correlationId) };
}

/** The service-standard clock acts as the system, correlated with the case it watches. */
export function clockCommand(alarm: ClockAlarm, caseId: string): ClockCommand {
  const { type, standardId } = alarm;
  return { type, data: { standardId }, metadata: metadata({ id: 'service-standard-clock', role: 'system' }, `${caseId}:clock`) };
}
