export * from './personal-data';
export * from './case-facts';
