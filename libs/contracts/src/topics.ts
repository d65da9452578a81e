import { CASE_TYPES, CaseType } from './case-types';

export interface TopicDefinition {
  readonly name: string;
  readonly partitions: number;
  readonly config: Readonly<Record<string, string>>;
}

/** Events are the product: the topics keep them forever so any read model can be rebuilt from offset 0. */
const KEPT_FOREVER = { 'retention.ms': '-1', 'retention.bytes': '-1', 'cleanup.policy': 'delete' } as const;

/**
 * What a deployment's topic names begin with (KAFKA_TOPIC_PREFIX): two deployments on one broker
 * (training beside production, each test stack) never read each other's cases.
 */
export const DEFAULT_TOPIC_PREFIX = 'entente';

export function topicFor(caseType: CaseType, prefix = DEFAULT_TOPIC_PREFIX): string {
  return `${prefix}.${caseType}.events`;
}

/** Every case type's topic of one deployment. */
export function caseTopics(prefix = DEFAULT_TOPIC_PREFIX): readonly TopicDefinition[] {
  return CASE_TYPES.map((caseType) => ({ name: topicFor(caseType, prefix), partitions: 6, config: KEPT_FOREVER }));
}

export const TOPICS: readonly TopicDefinition[] = caseTopics();
