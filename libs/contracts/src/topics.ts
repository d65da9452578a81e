import { CASE_TYPES, CaseType } from './case-types';

export interface TopicDefinition {
  readonly name: string;
  readonly partitions: number;
  readonly config: Readonly<Record<string, string>>;
}

/** Events are the product: the topics keep them forever so any read model can be rebuilt from offset 0. */
const KEPT_FOREVER = { 'retention.ms': '-1', 'retention.bytes': '-1', 'cleanup.policy': 'delete' } as const;

export function topicFor(caseType: CaseType): string {
  return `entente.${caseType}.events`;
}

export const TOPICS: readonly TopicDefinition[] = CASE_TYPES.map((caseType) => ({
  name: topicFor(caseType),
  partitions: 6,
  config: KEPT_FOREVER,
}));
