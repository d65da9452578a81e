export * from './config';
export * from './kafka';
export * from './logging/logger';
export * from './temporal';
