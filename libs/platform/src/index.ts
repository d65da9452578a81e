export * from './config';
export * from './kafka';
export * from './logging';
export * from './temporal';
export * from './identity';
export * from './crypto';
export * from './evaluation-links';
export * from './health';
