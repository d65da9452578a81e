export * from './activities';
export * from './case-worker';
export * from './config/worker.config';
export * from './run-case-worker';
export * from './temporal-logging';
export * from './housekeeping/schedules';
export * from './housekeeping/person-index-backfill';
