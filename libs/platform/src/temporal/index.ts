export * from './temporal';
export * from './temporal-connection';
