import type { Role } from '../shared/command';

/** What a message tells its recipient. */
export type NotificationKind = 'deadline-warning' | 'breach' | 'escalation' | 'assignment';

/** Who a rule reaches: one staff member by id, or every holder of a role for the case's team. */
export type Audience = { readonly staffId: string } | { readonly role: Role };

export interface NotificationRule {
  readonly kind: NotificationKind;
  /** Sent at once whatever the recipient prefers: a breach or an escalation never waits for a digest. */
  readonly urgent: boolean;
  /** Who the event reaches, read from its data; none when it names nobody. */
  readonly audience: (data: Record<string, unknown>) => Audience | null;
}

const assignee = (data: Record<string, unknown>): Audience | null =>
  typeof data.officerId === 'string' ? { staffId: data.officerId } : null;
const escalatedTo = (data: Record<string, unknown>): Audience | null =>
  typeof data.escalatedTo === 'string' ? { role: data.escalatedTo as Role } : null;

/** The warning names the assignee, or the role to warn while nobody holds the case. */
function warned(data: Record<string, unknown>): Audience | null {
  const notify = data.notify as { role?: Role; officerId?: string | null } | undefined;
  if (notify?.officerId) return { staffId: notify.officerId };
  return notify?.role ? { role: notify.role } : null;
}

/**
 * Who is told of what (issue 16): data beside the service standards, one rule per event type. An
 * event type not listed tells no one.
 */
export const NOTIFICATION_RULES: Readonly<Record<string, NotificationRule>> = {
  ServiceStandardWarning: { kind: 'deadline-warning', urgent: false, audience: warned },
  ServiceStandardBreached: { kind: 'breach', urgent: true, audience: escalatedTo },
  ServiceStandardBreachEscalated: { kind: 'escalation', urgent: true, audience: escalatedTo },
  EmailRequestAssigned: { kind: 'assignment', urgent: false, audience: assignee },
  ComplaintAssigned: { kind: 'assignment', urgent: false, audience: assignee },
  InternshipApplicationAssigned: { kind: 'assignment', urgent: false, audience: assignee },
  BilateralProjectAssigned: { kind: 'assignment', urgent: false, audience: assignee },
};
