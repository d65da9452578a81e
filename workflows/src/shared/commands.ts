import type { CommandMetadata, Role } from '@entente/domain';
import type { CommandRequest } from './case-messages';

/** Workflow time is Temporal's deterministic clock: the same on every replay. */
function metadata(actor: CommandMetadata['actor'], correlationId: string): CommandMetadata {
  return { actor, now: new Date().toISOString(), correlationId };
}

export function staffCommand<T extends string, D>(type: T, request: CommandRequest<D>) {
  return { type, data: request.data, metadata: metadata(request.actor, request.correlationId) };
}

/** A timer acts as the system, correlated with the case it watches. */
export function systemCommand<T extends string, D>(alarm: { type: T; data: D }, caseId: string) {
  const { type, data } = alarm;
  return { type, data, metadata: metadata({ id: 'service-standard-clock', role: 'system' }, `${caseId}:clock`) };
}

/** The commands staff may send (any role but the timers'), from a case type's permission table. */
export function staffCommandsOf<T extends string>(permissions: Readonly<Record<T, readonly Role[]>>): T[] {
  return (Object.keys(permissions) as T[]).filter((type) => permissions[type].some((role) => role !== 'system'));
}
