import {
  ACTIVITY_FORMS,
  ACTIVITY_PLACES,
  SECTORS,
  type CooperationEngagement,
  type CooperationEngagementStatus,
  type Sector,
} from '@entente/domain';
import type { CooperationPortfolioDto } from '../dto/cooperation-portfolio.dto';

// The portfolio figures, folded from the engagements' states as the projector stores them.

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

/** Occurrences of each key, in the order of `keys` when given (zeros kept), else most first then by key. */
function tally(values: readonly string[], keys?: readonly string[]): [string, number][] {
  const counts = new Map<string, number>((keys ?? []).map((key) => [key, 0]));
  values.forEach((value) => counts.set(value, (counts.get(value) ?? 0) + 1));
  const entries = [...counts.entries()];
  return keys ? entries : entries.sort(([a, x], [b, y]) => y - x || a.localeCompare(b));
}

/** The sectors an engagement works in: its latest plan's, or before any plan, its recorded needs'. */
function sectorsOf(engagement: CooperationEngagement): readonly Sector[] {
  return engagement.plans.at(-1)?.plan.services.sectors ?? engagement.needs?.sectors ?? [];
}

export function cooperationPortfolio(engagements: readonly CooperationEngagement[]): CooperationPortfolioDto {
  // A parliament is its name and country together: names repeat across countries ("National Assembly").
  const parliaments = engagements.map(({ partnerParliament: { name, country } }) => JSON.stringify([name, country]));
  const held = engagements.flatMap((engagement) => engagement.activities.filter((activity) => activity.status === 'held'));
  const sectors = engagements.flatMap((engagement) => sectorsOf(engagement).map(String));
  return {
    engagements: engagements.length,
    byPartnerParliament: tally(parliaments).map(([key, count]) => {
      const [partnerParliament, country] = JSON.parse(key) as [string, string];
      return { partnerParliament, country, engagements: count };
    }),
    byCountry: tally(engagements.map((engagement) => engagement.partnerParliament.country)).map(([country, count]) => ({
      country,
      engagements: count,
    })),
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
