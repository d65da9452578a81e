export * from './cooperation-engagement.schemas';
export * from './cooperation-engagement.carried';
