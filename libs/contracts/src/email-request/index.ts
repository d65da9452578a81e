export * from './email-request.schemas';
