export * from './read-policy';
export * from './command-policy';
export * from './personal-fields';
export * from './calendar-moves-policy';
