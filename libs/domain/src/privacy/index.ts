export * from './legal-hold';
export * from './erasure-policy';
