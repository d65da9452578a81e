export * from './bilateral-project.schemas';
