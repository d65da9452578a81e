import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Env, jsonLogger, Logger, NestLogger } from '@entente/platform';
import { AppModule } from './app.module';
import { ApiConfig } from './config/api.config';
import { configureHttp } from './http/configure-http';
import { setupSwagger } from './swagger';

export interface ApiAppOptions {
  /** Overrides process.env (DATABASE_SCHEMA, TEMPORAL_TASK_QUEUE, ...) for this instance. */
  readonly env?: Env;
  /** Structured log sink; tests pass a quiet one. */
  readonly log?: Logger;
}

/**
 * The API, initialized but not listening: `main.ts` listens, tests hand `getHttpServer()` to
 * supertest. Shutdown hooks close Temporal and PostgreSQL connections on SIGTERM.
 */
export async function createApiApp(options: ApiAppOptions = {}): Promise<INestApplication> {
  const log = options.log ?? jsonLogger('api');
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(options.env), {
    logger: new NestLogger(log),
    // Throw instead of process.exit(1) when a module fails to boot: callers decide what to do.
    abortOnError: false,
  });
  configureHttp(app, log);
  if (app.get(ApiConfig).docs) setupSwagger(app);
  app.enableShutdownHooks();
  return app.init();
}
