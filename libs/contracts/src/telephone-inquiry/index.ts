export * from './telephone-inquiry.schemas';
