import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { CORRELATION_HEADER } from './http/correlation-id';

/** OpenAPI at /docs (JSON at /docs-json). Served outside Nest's router, so no token is needed. */
export function setupSwagger(app: INestApplication): void {
  const config = new DocumentBuilder()
    .setTitle('Entente API')
    .setDescription(
      'Casework for Québec international relations. Commands answer the case’s new state; reads come from ' +
        `the read model. Send \`Authorization: Bearer <JWT>\` (\`npm run token -- --sub alice --role supervisor\`) ` +
        `and, optionally, \`${CORRELATION_HEADER}\`.`,
    )
    .setVersion('0.1.0')
    .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' })
    .build();
  SwaggerModule.setup('docs', app, () => SwaggerModule.createDocument(app, config));
}
