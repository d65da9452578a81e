/**
 * The points of the notifier's loop where a drill may kill it (issue 16's crash test): before its
 * outbox rows are written, after they are and before the offsets are committed, after the mail
 * server took a message and before its row says so, and after a commit.
 */
export const NOTIFIER_FAILPOINTS = ['none', 'before-outbox-write', 'after-outbox-write', 'after-send', 'after-commit'] as const;
export type NotifierFailpoint = (typeof NOTIFIER_FAILPOINTS)[number];

/** Dies here, as a crash would (SIGKILL: no hook runs, nothing in flight completes), when the drill armed this point. */
export function failpoint(armed: NotifierFailpoint, point: Exclude<NotifierFailpoint, 'none'>): void {
  if (armed === point) process.kill(process.pid, 'SIGKILL');
}
