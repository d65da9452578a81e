export * from './email-request';
export * from './internship-application';
export * from './shared/case-activities';
export * from './shared/case-messages';
