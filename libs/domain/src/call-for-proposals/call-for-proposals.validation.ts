import { InvalidCommand } from '../shared/errors';
import { requireEmailAddress, requireOneOf, requireRecord, text } from '../shared/validation';
import type { Criterion, CriterionScore, Organization } from './call-for-proposals.events';

// Value checks for this case's commands; the generic ones are in shared/validation.ts. The list
// checks here keep their own wording ("at least 1 item(s)"), which differs from other cases'.

/** A list of at least `minimum` objects, each checked by `item` with its dotted field (`scores.2`). */
export function requireList<T>(
  value: unknown,
  field: string,
  minimum: number,
  item: (record: Record<string, unknown>, field: string) => T,
): T[] {
  if (!Array.isArray(value)) throw new InvalidCommand(field, 'must be a list');
  if (value.length < minimum) throw new InvalidCommand(field, `must have at least ${minimum} item(s)`);
  return value.map((entry, index) => item(requireRecord(entry, `${field}.${index}`), `${field}.${index}`));
}

/** Throws on the first value seen before, naming its field (`${field}.${index}.${key}`). */
export function requireDistinct(values: readonly string[], field: (index: number) => string): void {
  const repeated = values.findIndex((value, index) => values.indexOf(value) !== index);
  if (repeated >= 0) throw new InvalidCommand(field(repeated), `${values[repeated]} appears twice`);
}

export const isoAt = (ms: number): string => new Date(ms).toISOString();

/** A list of distinct texts (ids), each named by its index (`evaluatorIds.1`) when blank or repeated. */
export function requireTextList(value: unknown, field: string, minimum: number): string[] {
  if (!Array.isArray(value)) throw new InvalidCommand(field, 'must be a list');
  if (value.length < minimum) throw new InvalidCommand(field, `must have at least ${minimum} item(s)`);
  const texts = value.map((item, index) => text(item, `${field}.${index}`));
  requireDistinct(texts, (index) => `${field}.${index}`);
  return texts;
}

function requireNumber(value: unknown, field: string, min: number, max: number, integer: boolean): number {
  const valid = typeof value === 'number' && Number.isFinite(value) && (!integer || Number.isInteger(value));
  if (!valid || value < min || value > max) {
    throw new InvalidCommand(field, `must be a ${integer ? 'whole ' : ''}number from ${min} to ${max}`);
  }
  return value;
}

/** A zero weight would publish a criterion that cannot matter. */
function requireWeight(value: unknown, field: string): number {
  const weight = requireNumber(value, field, 0, 100, false);
  if (weight === 0) throw new InvalidCommand(field, 'must be more than 0');
  return weight;
}

function requireCriterion(criterion: Record<string, unknown>, field: string): Criterion {
  return {
    id: text(criterion.id, `${field}.id`),
    title: text(criterion.title, `${field}.title`),
    maxScore: requireNumber(criterion.maxScore, `${field}.maxScore`, 1, 1000, true),
    weight: requireWeight(criterion.weight, `${field}.weight`),
  };
}

export function requireCriteria(value: unknown): Criterion[] {
  const criteria = requireList(value, 'criteria', 1, requireCriterion);
  requireDistinct(
    criteria.map((criterion) => criterion.id),
    (index) => `criteria.${index}.id`,
  );
  return criteria;
}

export function requireOrganization(value: unknown): Organization {
  const organization = requireRecord(value, 'organization');
  return {
    id: text(organization.id, 'organization.id'),
    name: text(organization.name, 'organization.name'),
    // A call begun before the rename replays its commands, as recorded, with `contactEmail`.
    email: requireEmailAddress(organization.email ?? organization.contactEmail, 'organization.email'),
  };
}

/** One score per criterion of the call, within its maximum, each with a comment; in the call's order. */
export function requireScores(value: unknown, criteria: readonly Criterion[]): CriterionScore[] {
  const scores = requireList(value, 'scores', 1, (score, field) => {
    const criterionId = requireOneOf(
      score.criterionId,
      criteria.map((criterion) => criterion.id),
      `${field}.criterionId`,
    );
    const { maxScore } = criteria.find((criterion) => criterion.id === criterionId) as Criterion;
    return {
      criterionId,
      score: requireNumber(score.score, `${field}.score`, 0, maxScore, false),
      comment: text(score.comment, `${field}.comment`),
    };
  });
  requireDistinct(
    scores.map((score) => score.criterionId),
    (index) => `scores.${index}.criterionId`,
  );
  const missing = criteria.filter((criterion) => !scores.some((score) => score.criterionId === criterion.id));
  if (missing.length > 0) throw new InvalidCommand('scores', `must score every criterion; missing ${missing.map((c) => c.id).join(', ')}`);
  return criteria.map((criterion) => scores.find((score) => score.criterionId === criterion.id) as CriterionScore);
}
