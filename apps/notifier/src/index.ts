export * from './config/notifier.config';
export * from './notifier';
export * from './outbox/outbox-rows';
export * from './outbox/notification-outbox';
export { messageIdOf } from '@entente/persistence';
export { returnPathFor } from './bounces/return-path';
