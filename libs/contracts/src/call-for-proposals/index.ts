export * from './call-for-proposals.schemas';
