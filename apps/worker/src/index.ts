export * from './activities';
export * from './case-worker';
export * from './config/worker.config';
export * from './run-case-worker';
export * from './temporal-logging';
export * from './retention/retention-schedule';
