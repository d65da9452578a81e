import type { StaffContact, StaffEntry } from '../api/types';

export type Role = StaffEntry['role'];
export type Team = StaffEntry['teams'][number];
export type NoticeLanguage = StaffEntry['language'];
export type Delivery = StaffEntry['delivery'];

/** Every value of a union the API declares, listed once: a value added to openapi.d.ts fails here until listed. */
const every = <T extends string>(values: Record<T, true>): readonly T[] => Object.keys(values) as T[];

export const ROLES = every<Role>({
  'intake-officer': true,
  'case-officer': true,
  supervisor: true,
  director: true,
  'secretary-general': true,
  coordinator: true,
  auditor: true,
  administrator: true,
  'privacy-officer': true,
});

export const TEAMS = every<Team>({
  'information-services': true,
  'international-programs': true,
  'bilateral-relations': true,
  'missions-bureau': true,
  'secretary-general': true,
  'interparliamentary-cooperation': true,
});

export const NOTICE_LANGUAGES = every<NoticeLanguage>({ fr: true, en: true });
export const DELIVERIES = every<Delivery>({ immediate: true, 'daily-digest': true });

/** The staff directory form as typed: the role may still be unchosen, which the API refuses by name. */
export interface EntryForm {
  readonly staffId: string;
  readonly name: string;
  readonly email: string;
  readonly role: Role | '';
  readonly teams: readonly Team[];
  readonly language: NoticeLanguage;
  readonly delivery: Delivery;
}

/** A new entry: French, the language of work, and each message as it comes. */
export const EMPTY_ENTRY: EntryForm = { staffId: '', name: '', email: '', role: '', teams: [], language: 'fr', delivery: 'immediate' };

/** The form filled with an entry, to replace it. */
export function formOf({ id, name, email, role, teams, language, delivery }: StaffContact): EntryForm {
  return { staffId: id, name, email, role, teams, language, delivery };
}

/**
 * The id for the path and the body to send, trimmed; nothing is checked here (the API names the
 * field it refuses), and teams keep the order of the list, however they were ticked.
 */
export function entryOf(form: EntryForm): { readonly staffId: string; readonly body: Partial<StaffEntry> } {
  const { staffId, name, email, role, teams, language, delivery } = form;
  return {
    staffId: staffId.trim(),
    body: {
      name: name.trim(),
      email: email.trim(),
      ...(role && { role }),
      teams: TEAMS.filter((team) => teams.includes(team)),
      language,
      delivery,
    },
  };
}

/** The form's field a refusal names: `teams.1` is the teams' group. */
export const fieldOf = (field: string | undefined): string | undefined => field?.split('.')[0];
