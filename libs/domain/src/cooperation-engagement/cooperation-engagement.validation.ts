import { InvalidCommand } from '../shared/errors';
import { requireLocalDate, requireOneOf, requireRecord, text } from '../shared/validation';
import { localDateAt } from '../calendar/time-zone';
import { STANDARDS_TIME_ZONE } from '../service-standards/service-standard';
import {
  ACTIVITY_FORMS,
  SECTORS,
  TEAM_MEMBER_KINDS,
  type ActivityForm,
  type Sector,
  type Signatory,
  type TeamMember,
} from './cooperation-engagement.events';

// Value checks for this case's commands; the generic ones are in shared/validation.ts. `requireList`
// stays here: its wording ("at least 1 item") differs from call-for-proposals'.

export function requireBoolean(value: unknown, field: string): boolean {
  if (typeof value !== 'boolean') throw new InvalidCommand(field, 'must be true or false');
  return value;
}

/** A list of at least `minimum` items, each checked by `item` under its index (`team.1.name`). */
export function requireList<T>(value: unknown, field: string, minimum: number, item: (value: unknown, field: string) => T): T[] {
  if (!Array.isArray(value)) throw new InvalidCommand(field, 'must be a list');
  if (value.length < minimum) throw new InvalidCommand(field, `must have at least ${minimum} item${minimum > 1 ? 's' : ''}`);
  return value.map((element, index) => item(element, `${field}.${index}`));
}

export const requireTexts = (value: unknown, field: string, minimum = 1): string[] => requireList(value, field, minimum, text);

const SECTOR_NUMBERS = Object.keys(SECTORS).map(Number) as Sector[];

/** One or more sectors (1 to 6), each once, in ascending order so equal sets compare equal. */
export function requireSectors(value: unknown, field: string): Sector[] {
  const sectors = requireList(value, field, 1, (sector, at) => requireOneOf(sector, SECTOR_NUMBERS, at));
  if (new Set(sectors).size !== sectors.length) throw new InvalidCommand(field, 'must not repeat a sector');
  return [...sectors].sort((a, b) => a - b);
}

export function requireForms(value: unknown, field: string): ActivityForm[] {
  const forms = requireList(value, field, 1, (form, at) => requireOneOf(form, ACTIVITY_FORMS, at));
  if (new Set(forms).size !== forms.length) throw new InvalidCommand(field, 'must not repeat a form');
  return forms;
}

export function requireTeamMember(value: unknown, field: string): TeamMember {
  const member = requireRecord(value, field);
  return { name: text(member.name, `${field}.name`), kind: requireOneOf(member.kind, TEAM_MEMBER_KINDS, `${field}.kind`) };
}

export const requireTeam = (value: unknown, field: string): TeamMember[] => requireList(value, field, 1, requireTeamMember);

export function requireSignatory(value: unknown, field: string): Signatory {
  const signatory = requireRecord(value, field);
  return { name: text(signatory.name, `${field}.name`), title: text(signatory.title, `${field}.title`) };
}

/** A period of local dates; `endsOn` may equal `startsOn` (a one-day activity). */
export function requirePeriod(startsOn: unknown, endsOn: unknown, prefix = ''): { startsOn: string; endsOn: string } {
  const start = requireLocalDate(startsOn, `${prefix}startsOn`);
  const end = requireLocalDate(endsOn, `${prefix}endsOn`);
  if (end < start) throw new InvalidCommand(`${prefix}endsOn`, `must not be before ${prefix}startsOn`);
  return { startsOn: start, endsOn: end };
}

/** A Québec local date on or before today's (held on a day that has come). */
export function requirePastDate(value: unknown, field: string, nowMs: number): string {
  const date = requireLocalDate(value, field);
  const today = localDateAt(nowMs, STANDARDS_TIME_ZONE);
  if (date > today) throw new InvalidCommand(field, `must not be after today (${today})`);
  return date;
}
