export * from './complaint.schemas';
