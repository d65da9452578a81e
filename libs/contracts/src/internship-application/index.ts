export * from './internship-application.schemas';
