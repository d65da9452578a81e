export * from './bilateral-project.schemas';
export * from './bilateral-project.carried';
