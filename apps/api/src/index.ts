export { createApiApp, type ApiAppOptions } from './create-api-app';
export { ApiConfig } from './config/api.config';
export { VerifyCaseUseCase } from './cases/use-cases/verify-case.use-case';
export { VerifyLogUseCase, type LogVerification } from './cases/use-cases/verify-log.use-case';
export { seedAllExamples } from './cli/seed/seed-all';
export { SeedClient } from './cli/seed/seed-client';
