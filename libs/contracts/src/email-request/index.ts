export * from './email-request.schemas';
export * from './email-request.carried';
