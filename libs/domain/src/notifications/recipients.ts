import { teamsOfTheirBodies } from '../access/read-policy';
import type { Role } from '../shared/command';
import type { Team } from '../shared/team';
import { NOTIFICATION_RULES, type Audience, type StaffNotificationKind } from './notification-rules';

export const NOTICE_LANGUAGES = ['fr', 'en'] as const;
export type NoticeLanguage = (typeof NOTICE_LANGUAGES)[number];
/** How a person is told: each message as it comes, or the day's in one digest at 8:30 (breaches never wait). */
export const DELIVERIES = ['immediate', 'daily-digest'] as const;
export type Delivery = (typeof DELIVERIES)[number];

/** A staff member as the notifier knows them: where to write, in which language, and how often. */
export interface StaffContact {
  readonly id: string;
  readonly name: string;
  readonly email: string;
  readonly role: Role;
  readonly teams: readonly Team[];
  readonly language: NoticeLanguage;
  readonly delivery: Delivery;
}

/** One message owed: who, about what, and whether it goes now or in the next digest. */
export interface Notice {
  readonly recipient: StaffContact;
  readonly kind: StaffNotificationKind;
  readonly immediate: boolean;
}

/** The escalation's last rung reads every case of its body (docs/domain.md#who-sees-what); the others their teams'. */
const BODY_WIDE: readonly Role[] = ['secretary-general'];

function reaches(member: StaffContact, audience: Audience, team: Team): boolean {
  if ('staffId' in audience) return member.id === audience.staffId;
  if (member.role !== audience.role) return false;
  const teams = BODY_WIDE.includes(member.role) ? teamsOfTheirBodies(member.teams) : member.teams;
  return teams.includes(team);
}

/**
 * The messages an event of a case owes, by the rules (`NOTIFICATION_RULES`) and the directory: each
 * recipient once, immediate when the rule is urgent or the recipient asked for it.
 */
export function noticesFor(
  event: { readonly type: string; readonly data: unknown },
  team: Team,
  directory: readonly StaffContact[],
): Notice[] {
  const rule = NOTIFICATION_RULES[event.type];
  const audience = rule?.audience((event.data ?? {}) as Record<string, unknown>);
  if (!rule || !audience) return [];
  return directory
    .filter((member) => reaches(member, audience, team))
    .map((recipient) => ({ recipient, kind: rule.kind, immediate: rule.urgent || recipient.delivery === 'immediate' }));
}
