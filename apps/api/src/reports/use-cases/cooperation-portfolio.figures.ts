import {
  ACTIVITY_FORMS,
  ACTIVITY_PLACES,
  engagementPartners,
  localDateOf,
  SECTORS,
  STANDARDS_TIME_ZONE,
  type CooperationEngagement,
  type CooperationEngagementStatus,
  type ReferenceEntry,
  type Sector,
} from '@entente/domain';
import type { CooperationPortfolioDto } from '../dto/cooperation-portfolio.dto';

// The portfolio figures, folded from the engagements' states as the projector stores them.
// Partners count by their reference entry (engagementPartners), whatever language they were typed in.

/** Québec local dates, both included; either end may be open. */
export interface PortfolioPeriod {
  readonly from?: string;
  readonly to?: string;
}

/** The four stages in order, then the endings; a record, so that a new status fails to compile here. */
const STAGES = Object.keys({
  'needs-assessment': true,
  'action-plan': true,
  'service-delivery': true,
  'follow-up': true,
  declined: true,
  rejected: true,
  completed: true,
  withdrawn: true,
} satisfies Record<CooperationEngagementStatus, true>);
const SECTOR_NUMBERS = Object.keys(SECTORS).map(Number) as Sector[];

/** Occurrences of each key, in the order of `keys`, zeros kept. */
function tally(values: readonly string[], keys: readonly string[]): [string, number][] {
  const counts = new Map<string, number>(keys.map((key) => [key, 0]));
  values.forEach((value) => counts.set(value, (counts.get(value) ?? 0) + 1));
  return [...counts.entries()];
}

/** Occurrences of each entry (text no list knows counts as typed), most first, then by English name. */
function tallyEntries<T extends ReferenceEntry>(entries: readonly T[]): [T, number][] {
  const counts = new Map<string, [T, number]>();
  for (const entry of entries) {
    const key = JSON.stringify(entry);
    counts.set(key, [entry, (counts.get(key)?.[1] ?? 0) + 1]);
  }
  return [...counts.values()].sort(([a, x], [b, y]) => y - x || a.name.en.localeCompare(b.name.en));
}

/** Under way at some time in the period: contacted by its end, not ended before its start. */
function underWay(engagement: CooperationEngagement, { from, to }: PortfolioPeriod): boolean {
  const contactedOn = localDateOf(engagement.contactedAt, STANDARDS_TIME_ZONE);
  const endedOn = engagement.closure && localDateOf(engagement.closure.closedAt, STANDARDS_TIME_ZONE);
  return (to === undefined || contactedOn <= to) && (from === undefined || endedOn === null || endedOn >= from);
}

const within = (date: string, { from, to }: PortfolioPeriod): boolean =>
  (from === undefined || date >= from) && (to === undefined || date <= to);

/** The sectors an engagement works in: its latest plan's, or before any plan, its recorded needs'. */
function sectorsOf(engagement: CooperationEngagement): readonly Sector[] {
  return engagement.plans.at(-1)?.plan.services.sectors ?? engagement.needs?.sectors ?? [];
}

export function cooperationPortfolio(all: readonly CooperationEngagement[], period: PortfolioPeriod): CooperationPortfolioDto {
  const engagements = all.filter((engagement) => underWay(engagement, period));
  const partners = engagements.map(({ partnerParliament, requester }) => engagementPartners(partnerParliament, requester));
  const held = engagements.flatMap((engagement) =>
    engagement.activities.filter((activity) => activity.status === 'held' && activity.heldOn !== null && within(activity.heldOn, period)),
  );
  const sectors = engagements.flatMap((engagement) => sectorsOf(engagement).map(String));
  return {
    engagements: engagements.length,
    byPartnerParliament: tallyEntries(partners.map(({ parliament }) => parliament)).map(([{ id, country, name }, count]) => ({
      parliament: id,
      country,
      name,
      engagements: count,
    })),
    byCountry: tallyEntries(partners.map(({ country }) => country)).map(([{ id, name }, count]) => ({
      country: id,
      name,
      engagements: count,
    })),
    bySupportOrganization: tallyEntries(partners.flatMap(({ supportOrganization }) => supportOrganization ?? [])).map(
      ([{ id, name }, count]) => ({ supportOrganization: id, name, engagements: count }),
    ),
    bySector: tally(sectors, SECTOR_NUMBERS.map(String)).map(([sector, count]) => ({
      sector: Number(sector),
      name: SECTORS[Number(sector) as Sector],
      engagements: count,
    })),
    byStage: tally(
      engagements.map((engagement) => engagement.status),
      STAGES,
    ).map(([stage, count]) => ({ stage, engagements: count })),
    activitiesHeld: {
      count: held.length,
      byForm: tally(
        held.map((activity) => activity.form),
        ACTIVITY_FORMS,
      ).map(([form, count]) => ({ form, activities: count })),
      byPlace: tally(
        held.map((activity) => activity.place),
        ACTIVITY_PLACES,
      ).map(([place, count]) => ({ place, activities: count })),
    },
  };
}
