export * from './evaluation-link';
