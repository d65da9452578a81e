export * from './compare-read-models';
export * from './read-model-tables';
export * from './rebuild-read-models';
export * from './swap-read-models';
