export * from './command';
export * from './event';
export * from './decider';
export * from './errors';
export * from './validation';
export * from './exhaustive';
export * from './assignment';
export * from './case-standing';
