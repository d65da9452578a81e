export * from './cooperation-engagement.schemas';
