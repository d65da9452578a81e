export * from './email-request';
export * from './shared/case-activities';
export * from './shared/case-messages';
