export * from './call-for-proposals.schemas';
export * from './call-for-proposals.carried';
