export * from './personal-information-erased';
export * from './retention-schedule';
