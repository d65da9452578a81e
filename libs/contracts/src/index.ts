export * from './case-types';
export * from './topics';
export * from './canonical-json';
export * from './envelope';
export * from './chain-verification';
export * from './upcasting';
export * from './email-request';
export * from './internship-application';
