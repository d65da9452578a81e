export * from './config/audit.config';
export * from './rebuild/rebuild-and-compare';
export * from './replay/replay-workflows';
export * from './report/report-files';
export * from './report/report-markdown';
export * from './report/verification-report';
