export * from './projector.app';
export * from './projector.module';
export * from './config/projector.config';
export * from './case-summary/case-summary.projection';
export * from './case-timeline/case-timeline.projection';
export * from './read-models/plan-batch';
export * from './rebuild';
