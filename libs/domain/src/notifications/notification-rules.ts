import type { Role } from '../shared/command';

/** What a message tells its recipient. */
export type NotificationKind = StaffNotificationKind | ParticipantNotificationKind | typeof DAILY_DIGEST;
/** A day's digest: the messages that waited for it, gathered into one (see daily-digest.ts). */
export const DAILY_DIGEST = 'daily-digest';
export type StaffNotificationKind = 'deadline-warning' | 'breach' | 'escalation' | 'assignment';
/** What a mission's participants are sent: the evaluation, then one reminder to those who have not answered. */
export type ParticipantNotificationKind = 'evaluation-request' | 'evaluation-reminder';

/** Who a rule reaches: one staff member by id, or every holder of a role for the case's team. */
export type Audience = { readonly staffId: string } | { readonly role: Role };

export interface NotificationRule {
  readonly kind: StaffNotificationKind;
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

/**
 * The events that write to a mission's participants: outside the staff directory, each addressed
 * from the event itself (its contact, sealed with the case's key like the rest of the case).
 */
export const PARTICIPANT_NOTIFICATIONS: Readonly<Record<string, ParticipantNotificationKind>> = {
  MissionEvaluationSent: 'evaluation-request',
  MissionEvaluationReminderSent: 'evaluation-reminder',
};

/** Whether an event owes a message to anyone: most events owe none. */
export const notifies = (type: string): boolean => type in NOTIFICATION_RULES || type in PARTICIPANT_NOTIFICATIONS;
