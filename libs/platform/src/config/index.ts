export * from './env';
export * from './settings';
export * from './load-config';
export * from './configuration.module';
export * from './engines.config';
export * from './database-role';
export * from './command-keys';
export * from './development-files';
