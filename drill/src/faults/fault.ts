/** What the drill does to the running system, each named as an operator would say it. */
export const FAULT_KINDS = [
  'worker-killed',
  'projector-killed',
  'api-killed',
  'broker-killed',
  'broker-frozen',
  'temporal-killed',
  'postgres-killed',
  'poison-message',
] as const;
export type FaultKind = (typeof FAULT_KINDS)[number];

/**
 * One fault on one stage: `inject` breaks something real (a signal to a process, a message on a
 * topic); `recover` brings it back the way the project's own scripts do (a supervisor, `engines.sh
 * up`) and resolves once it answers again.
 */
export interface Fault {
  readonly kind: FaultKind;
  /** How long the thing stays broken before `recover` is called (0: it recovers on its own). */
  readonly downMs: number;
  inject(): Promise<void>;
  recover(): Promise<void>;
}

/** When one fault happened: from its injection to the moment the thing answered again. */
export interface FaultWindow {
  readonly kind: FaultKind;
  readonly injectedAt: number;
  readonly recoveredAt: number;
}
