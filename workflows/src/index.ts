export * from './email-request';
export * from './internship-application';
export * from './complaint';
export * from './telephone-inquiry';
export * from './call-for-proposals';
export * from './cooperation-engagement';
export * from './shared/case-activities';
export * from './shared/case-messages';
