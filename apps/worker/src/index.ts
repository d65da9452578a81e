export * from './activities';
export * from './case-worker';
export * from './worker.config';
export * from './run-case-worker';
export * from './temporal-logging';
