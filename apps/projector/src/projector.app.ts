import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Env, jsonLogger, Logger, NestLogger } from '@entente/platform';
import { ProjectorModule } from './projector.module';

/**
 * Builds and initializes the projector (migrations if enabled, then consuming) without listening
 * on a port; `app.close()` stops it cleanly. Tests pass their own env and logger.
 */
export async function createProjectorApp(env: Env = process.env, logger: Logger = jsonLogger('projector')): Promise<INestApplication> {
  // abortOnError: false, so a bad configuration rejects here instead of exiting the process.
  const app = await NestFactory.create(ProjectorModule.register(env, logger), {
    logger: new NestLogger(logger),
    abortOnError: false,
  });
  try {
    await app.init();
  } catch (error) {
    await app.close(); // the database pool is already open
    throw error;
  }
  return app;
}
