export * from './case-level-events';
export * from './personal-information-corrected';
export * from './personal-information-erased';
export * from './retention-schedule';
