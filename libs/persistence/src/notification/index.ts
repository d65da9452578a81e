export * from './notification-outbox.entity';
export * from './staff-contact.entity';
export * from './message-id';
