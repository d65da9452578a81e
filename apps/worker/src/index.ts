export * from './activities';
export * from './case-worker';
export * from './worker.config';
