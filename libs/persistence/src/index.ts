export * from './case-summary/case-summary.entity';
export * from './case-event/case-event.entity';
export * from './projection-checkpoint/projection-checkpoint.entity';
export * from './service-clock/service-clock.entity';
export * from './migrations';
export * from './data-source';
export * from './migrate';
