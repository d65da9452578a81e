export * from './premier-mission.schemas';
