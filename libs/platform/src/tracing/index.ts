export * from './tracing';
export * from './consumed-batch';
export * from './request-span';
