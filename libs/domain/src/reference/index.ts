export * from './reference-names';
export * from './countries';
export * from './parliaments';
export * from './support-organizations';
