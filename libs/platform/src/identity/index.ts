export * from './development-identity';
export * from './development-tokens';
