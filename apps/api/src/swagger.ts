import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { ProblemDetailsDto } from './errors/problem-details.dto';
import { CORRELATION_HEADER } from './http/correlation-id';
import { closeRequestSchemas } from './openapi/closed-request-schemas';
import { documentProblemResponses } from './openapi/problem-responses';
import { documentValidationRules } from './openapi/validation-rules';

/** The OpenAPI document of the app's routes, with the rules their DTOs enforce and every error answer. */
export function openApiDocument(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('Entente API')
    .setDescription(
      'Casework for Québec international relations. Commands answer the case’s new state; reads come from ' +
        `the read model. Send \`Authorization: Bearer <access token>\` from the OpenID provider the API trusts ` +
        `(in development: \`npm run token -- --sub alice --role supervisor\`; any refused token answers one 401) ` +
        `and, optionally, \`${CORRELATION_HEADER}\`. Every error is an \`application/problem+json\` body ` +
        '(RFC 9457) with a stable `code` and, where one is concerned, the `field`.',
    )
    .setVersion('0.1.0')
    .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' })
    .build();
  documentValidationRules();
  return closeRequestSchemas(documentProblemResponses(SwaggerModule.createDocument(app, config, { extraModels: [ProblemDetailsDto] })));
}

/** OpenAPI at /docs (JSON at /docs-json). Served outside Nest's router, so no token is needed. */
export function setupSwagger(app: INestApplication): void {
  SwaggerModule.setup('docs', app, () => openApiDocument(app));
}
