export * from './registry';
export * from './metrics-port';
