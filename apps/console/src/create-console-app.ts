import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Env, jsonLogger, Logger, NestLogger, requestSpan } from '@entente/platform';
import { ConsoleConfig } from './config/console.config';
import { ConsoleModule } from './console.module';
import { apiProxy } from './proxy/api-proxy';
import { OidcClient } from './sign-in/oidc-client';
import { SessionStore } from './sign-in/session-store';

export interface ConsoleAppOptions {
  readonly env?: Env;
  readonly log?: Logger;
}

/**
 * The backend-for-frontend, initialized but not listening: `/api/*` proxied to the API with the
 * session's token, sign-in, the built pages.
 */
export async function createConsoleApp(options: ConsoleAppOptions = {}): Promise<NestExpressApplication> {
  const env = options.env ?? process.env;
  const app = await NestFactory.create<NestExpressApplication>(ConsoleModule.forRoot(env), {
    logger: new NestLogger(options.log ?? jsonLogger('console')),
    abortOnError: false,
    // The proxy streams bodies to the API as they came; the console parses none itself.
    bodyParser: false,
  });
  const config = app.get(ConsoleConfig);
  app.disable('x-powered-by');
  app.use(requestSpan);
  app.use('/api', apiProxy(config.apiUrl, app.get(SessionStore), app.get(OidcClient)));
  app.useStaticAssets(config.webRoot, { index: false, maxAge: '1h' });
  app.enableShutdownHooks();
  return app.init();
}
