export * from './clock.schemas';
