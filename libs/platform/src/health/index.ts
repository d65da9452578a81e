export * from './health-report';
export * from './health-server';
