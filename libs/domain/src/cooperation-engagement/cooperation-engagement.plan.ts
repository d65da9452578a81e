import { InvalidCommand } from '../shared/errors';
import { optionalText, requireLocalDate, requireRecord, text } from '../shared/validation';
import { requireMoney, requireWholeNumber } from '../shared/quantities';
import type { ActionPlan } from './cooperation-engagement.events';
import { requireForms, requireList, requirePeriod, requireSectors, requireTexts } from './cooperation-engagement.validation';

// The action plan's four parts, checked field by field (fields named `plan.budget.amount`...).

const CURRENCY = /^[A-Z]{3}$/;

function requireSchedule(value: unknown): ActionPlan['schedule'] {
  const schedule = requireRecord(value, 'plan.schedule');
  const period = requirePeriod(schedule.startsOn, schedule.endsOn, 'plan.schedule.');
  const milestones = requireList(schedule.milestones, 'plan.schedule.milestones', 0, (item, field) => {
    const milestone = requireRecord(item, field);
    const on = requireLocalDate(milestone.on, `${field}.on`);
    if (on < period.startsOn || on > period.endsOn) throw new InvalidCommand(`${field}.on`, 'must fall within the schedule');
    return { on, description: text(milestone.description, `${field}.description`) };
  });
  return { ...period, milestones };
}

function requireBudget(value: unknown): ActionPlan['budget'] {
  const budget = requireRecord(value, 'plan.budget');
  const amount = requireMoney(budget.amount, 'plan.budget.amount');
  if (typeof budget.currency !== 'string' || !CURRENCY.test(budget.currency)) {
    throw new InvalidCommand('plan.budget.currency', 'must be an ISO 4217 code such as CAD');
  }
  return { amount, currency: budget.currency, fundedBy: optionalText(budget.fundedBy, 'plan.budget.fundedBy') };
}

function requireTeamProfile(value: unknown): ActionPlan['teamProfile'] {
  const profile = requireRecord(value, 'plan.teamProfile');
  const parliamentarians = requireWholeNumber(profile.parliamentarians, 'plan.teamProfile.parliamentarians', 0);
  const publicServants = requireWholeNumber(profile.publicServants, 'plan.teamProfile.publicServants', 0);
  if (parliamentarians + publicServants === 0) {
    throw new InvalidCommand('plan.teamProfile', 'must include at least one parliamentarian or public servant');
  }
  return { parliamentarians, publicServants, expertise: requireTexts(profile.expertise, 'plan.teamProfile.expertise') };
}

function requireServices(value: unknown): ActionPlan['services'] {
  const services = requireRecord(value, 'plan.services');
  return {
    description: text(services.description, 'plan.services.description'),
    forms: requireForms(services.forms, 'plan.services.forms'),
    sectors: requireSectors(services.sectors, 'plan.services.sectors'),
  };
}

/** The plan as the event will record it: texts trimmed, sectors sorted. */
export function requireActionPlan(value: unknown): ActionPlan {
  const plan = requireRecord(value, 'plan');
  return {
    schedule: requireSchedule(plan.schedule),
    budget: requireBudget(plan.budget),
    teamProfile: requireTeamProfile(plan.teamProfile),
    services: requireServices(plan.services),
  };
}
