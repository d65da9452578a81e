export * from './notification-rules';
export * from './recipients';
export * from './messages';
export * from './participant-messages';
export * from './daily-digest';
