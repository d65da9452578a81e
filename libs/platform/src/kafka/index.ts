export * from './kafka';
export * from './kafka-logs';
export * from './topics';
export * from './broker-health';
export * from './topic-reading';
export * from './topic-offsets';
