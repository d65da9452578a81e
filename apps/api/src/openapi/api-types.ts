import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { NestFactory } from '@nestjs/core';
import type { OpenAPIObject } from '@nestjs/swagger';
import { AppModule } from '../app.module';
import { openApiDocument } from '../swagger';

/** Where the console's pages find the API's types (apps/console/web/src/api/types.ts names them). */
export const CONSOLE_API_TYPES = 'apps/console/web/src/api/openapi.d.ts';

const HEADER = `/*
 * Generated from the API's OpenAPI document by \`npm run generate:api-types\`
 * (apps/api/src/openapi/api-types.ts): do not edit; a spec fails when it differs from the API.
 */

`;

/*
 * openapi-typescript and its dependencies ship ES modules, which Jest on Node 20 cannot require:
 * it runs in a Node of its own, reading the document on stdin, for the spec and the script alike.
 */
const GENERATE = `
import openapiTS, { astToString } from 'openapi-typescript';
let input = '';
for await (const chunk of process.stdin) input += chunk;
process.stdout.write(astToString(await openapiTS(JSON.parse(input))));
`;

/**
 * The document as `/docs-json` serves it, built with no engine running: in preview mode Nest
 * reads the modules' and controllers' metadata, which is all the document is made of, and
 * instantiates no provider (no database, Temporal or OpenID provider is reached).
 */
export async function openApiDocumentWithoutEngines(): Promise<OpenAPIObject> {
  const app = await NestFactory.create(AppModule.forRoot({}), { preview: true, logger: false, abortOnError: false });
  try {
    return openApiDocument(app);
  } finally {
    await app.close();
  }
}

/** What openapi-typescript writes for the API's document now: what the committed file must hold. */
export async function apiTypes(): Promise<string> {
  const document = JSON.stringify(await openApiDocumentWithoutEngines());
  const generating = promisify(execFile)(process.execPath, ['--input-type=module', '-e', GENERATE], { maxBuffer: 64 * 1024 * 1024 });
  generating.child.stdin?.end(document);
  const { stdout: types } = await generating;
  return HEADER + types;
}
