import type { Producer } from 'kafkajs';
import { healthOf, healthy, signal, supervisedApp, until } from './processes';
import type { Fault, FaultKind } from './fault';

/** An app under its supervisor, killed with SIGKILL as the OOM killer would: the supervisor starts it again. */
export function appKilled(kind: FaultKind, supervisorPid: () => Promise<number>, healthUrl: string): Fault {
  return {
    kind,
    downMs: 0,
    inject: async () => signal(await supervisedApp(await supervisorPid()), 'SIGKILL'),
    recover: () => until(`${kind}: ${healthUrl} healthy again`, () => healthy(healthUrl)),
  };
}

/** An engine killed with SIGKILL, down for `downMs`, then started again by the project's script. */
export function engineKilled(kind: FaultKind, pid: () => Promise<number>, downMs: number, restart: () => Promise<void>): Fault {
  return {
    kind,
    downMs,
    inject: async () => signal(await pid(), 'SIGKILL'),
    recover: restart,
  };
}

/** The broker frozen (SIGSTOP) as a long GC pause or a stalled disk would: it holds its connections and answers nothing. */
export function brokerFrozen(pid: () => Promise<number>, downMs: number): Fault {
  let frozen = 0;
  return {
    kind: 'broker-frozen',
    downMs,
    inject: async () => {
      frozen = await pid();
      signal(frozen, 'SIGSTOP');
    },
    recover: () => Promise.resolve(signal(frozen, 'SIGCONT')),
  };
}

/**
 * A message no projector can read (not JSON), produced on a case topic with a plain client as a
 * stray tool would: it must be set aside, and the partition's later events applied.
 */
export function poisonMessage(producer: Producer, topic: string, projectorHealthUrl: string): Fault {
  const setAside = async () => (await healthOf(projectorHealthUrl)).quarantinedCount ?? 0;
  let before = 0;
  return {
    kind: 'poison-message',
    downMs: 0,
    inject: async () => {
      before = await setAside();
      await producer.send({ topic, messages: [{ key: 'drill-poison', value: 'this is not an event {' }] });
    },
    // Recovered once the projector says it set the message aside (its health `degraded`, counting it).
    recover: () => until('the projector sets the poison message aside', async () => (await setAside()) > before),
  };
}
