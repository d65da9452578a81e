export * from './legal-hold';
export * from './erasure-policy';
export * from './retention';
export * from './correction';
