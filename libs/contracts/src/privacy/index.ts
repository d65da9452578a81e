export * from './personal-information-erased';
