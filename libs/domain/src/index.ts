// @entente/domain: pure TypeScript, safe to bundle into Temporal workflows (no framework, no
// Node built-ins). Test support lives in ./testing and is deliberately not exported here.
export * from './shared';
export * from './calendar';
export * from './service-standards';
export * from './email-request';
export * from './internship-application';
export * from './complaint';
export * from './telephone-inquiry';
export * from './call-for-proposals';
export * from './cooperation-engagement';
export * from './bilateral-project';
export * from './premier-mission';
export * from './reference';
export * from './declaration-of-services';
export * from './case-traits';
export * from './access';
export * from './privacy';
export * from './notifications';
