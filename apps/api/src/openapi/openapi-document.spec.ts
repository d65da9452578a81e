import type { DynamicModule, INestApplication, Type } from '@nestjs/common';
import { MODULE_METADATA } from '@nestjs/common/constants';
import type { OpenAPIObject } from '@nestjs/swagger';
import { Test } from '@nestjs/testing';
import { AppModule } from '../app.module';
import { openApiDocument } from '../swagger';

// The document as /docs-json serves it, from every controller of the app (their use cases mocked).

/** The controllers of the app's modules, read from their metadata as Nest does. */
function appControllers(): Type[] {
  const modules = (AppModule.forRoot().imports ?? []) as (Type | DynamicModule)[];
  return modules.flatMap((entry) => {
    const module = 'module' in entry ? entry.module : entry;
    return (Reflect.getMetadata(MODULE_METADATA.CONTROLLERS, module) ?? []) as Type[];
  });
}

const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;

function operations(document: OpenAPIObject) {
  return Object.entries(document.paths).flatMap(([path, item]) =>
    METHODS.flatMap((method) => (item[method] ? [{ route: `${method.toUpperCase()} ${path}`, path, operation: item[method] }] : [])),
  );
}

type Schema = { $ref?: string; type?: string; items?: Schema; properties?: Record<string, Schema>; [rule: string]: unknown };

/** Where a request may send a string with no maximum length, a number with no range or a list with no maximum count. */
function unboundedInputs(document: OpenAPIObject): string[] {
  const found: string[] = [];
  const visited = new Set<string>();
  const visit = (where: string, schema: Schema | undefined): void => {
    if (schema?.$ref !== undefined) {
      const name = schema.$ref.slice(schema.$ref.lastIndexOf('/') + 1);
      if (visited.has(name)) return;
      visited.add(name);
      visit(name, document.components!.schemas![name] as Schema);
      return;
    }
    for (const part of ['allOf', 'oneOf', 'anyOf'] as const)
      (schema?.[part] as Schema[] | undefined)?.forEach((each) => visit(where, each));
    const selfBounded = schema?.enum !== undefined || schema?.format === 'date-time' || schema?.format === 'date';
    if (schema?.type === 'string' && schema.maxLength === undefined && !selfBounded) found.push(where);
    const numeric = schema?.type === 'number' || schema?.type === 'integer';
    if (numeric && !selfBounded && (schema.minimum === undefined || schema.maximum === undefined)) found.push(where);
    if (schema?.type === 'array' && schema.maxItems === undefined) found.push(where);
    if (schema?.type === 'array') visit(`${where}[]`, schema.items);
    for (const [property, value] of Object.entries(schema?.properties ?? {})) visit(`${where}.${property}`, value);
  };
  for (const { route, operation } of operations(document)) {
    for (const parameter of (operation.parameters ?? []) as { name: string; schema?: Schema }[])
      visit(`${route} ${parameter.name}`, parameter.schema);
    const body = operation.requestBody as { content?: Record<string, { schema?: Schema }> } | undefined;
    for (const media of Object.values(body?.content ?? {})) visit(`${route} body`, media.schema);
  }
  return found;
}

describe('the OpenAPI document', () => {
  let app: INestApplication;
  let document: OpenAPIObject;

  beforeAll(async () => {
    const moduleRef = await Test.createTestingModule({ controllers: appControllers() })
      .useMocker(() => ({}))
      .compile();
    app = await moduleRef.createNestApplication({ logger: false }).init();
    document = openApiDocument(app);
  });
  afterAll(() => app.close());

  const schema = (name: string) =>
    document.components!.schemas![name] as { properties: Record<string, Record<string, unknown>>; required?: string[] };

  it('describes every operation', () => {
    expect(operations(document).length).toBeGreaterThan(60);
    const undescribed = operations(document).filter(({ operation }) => !operation.summary && !operation.description);
    expect(undescribed.map(({ route }) => route)).toEqual([]);
  });

  it('documents 400 and 401 on every operation that takes input behind a token, with the problem body', () => {
    const guarded = operations(document).filter(
      ({ operation }) => operation.security?.length && (operation.parameters?.length || operation.requestBody),
    );
    expect(guarded.length).toBeGreaterThan(60);
    for (const { route, operation } of guarded) {
      expect({ route, statuses: Object.keys(operation.responses) }).toEqual({ route, statuses: expect.arrayContaining(['400', '401']) });
      expect(operation.responses['400']).toMatchObject({
        content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/ProblemDetailsDto' } } },
      });
    }
  });

  it('documents the refusals of every command: 403, 409, 422, 503, and 413/415 for a body, even where it reads none', () => {
    // A disclosure is a read that an auditor's stated reason makes a POST, and a search by person
    // a read whose address and name stay out of the URL: no command, no workflow.
    const reads = ['POST /cases/{caseId}/disclosures', 'POST /privacy/person-searches'];
    const commands = operations(document).filter(({ route }) => route.startsWith('POST') && !reads.includes(route));
    // A participant's answer through their link is proved by the link, with no role to refuse (docs/adr/0023).
    const byLink = (route: string) => route.startsWith('POST /evaluation-links/');
    for (const { route, operation } of commands) {
      const expected = ['409', '422', '503', '413', '415', ...(byLink(route) ? ['404', '410'] : ['403'])];
      expect({ route, statuses: Object.keys(operation.responses) }).toEqual({ route, statuses: expect.arrayContaining(expected) });
    }
    expect(document.paths['/email-requests/{caseId}/answer']!.post!.responses).toHaveProperty('404');
  });

  it('states that bodies take no property beyond those declared, nested ones too, and the idempotency key its form', () => {
    expect(schema('ReceiveEmailRequestDto')).toMatchObject({ additionalProperties: false });
    expect(schema('EmailSenderDto')).toMatchObject({ additionalProperties: false });
    expect(schema('CaseViewDto')).not.toHaveProperty('additionalProperties');
    const key = document.paths['/email-requests']!.post!.parameters!.find(
      (parameter) => 'name' in parameter && parameter.name === 'Idempotency-Key',
    );
    expect(key).toMatchObject({ in: 'header', schema: { pattern: '^[A-Za-z0-9._:-]{1,128}$' } });
  });

  it('gives each error response an example of its own status', () => {
    const responses = document.paths['/email-requests/{caseId}/answer']!.post!.responses as Record<
      string,
      { content: Record<string, { example?: { status: number } }> }
    >;
    for (const status of ['400', '401', '403', '404', '409', '413', '415', '422', '503']) {
      expect({ status, example: responses[status]!.content['application/problem+json']!.example?.status }).toEqual({
        status,
        example: Number(status),
      });
    }
  });

  it('states the rules the DTOs enforce', () => {
    const receive = schema('ReceiveEmailRequestDto');
    expect(receive.properties.body).toMatchObject({ type: 'string', maxLength: 100_000, pattern: '\\S' });
    expect(receive.properties.receivedAt).toMatchObject({ format: 'date-time', pattern: expect.stringContaining('T(\\d{2})') });
    expect(receive.properties.replyLanguage).toMatchObject({ enum: ['fr', 'en'] });
    expect(receive.required).toEqual(expect.arrayContaining(['sender', 'subject', 'body']));
    expect(receive.required).not.toContain('receivedAt');
    expect(schema('EmailSenderDto').properties.email).toMatchObject({ format: 'email' });
    expect(schema('EmailSenderDto').properties.address).toMatchObject({ format: 'email', deprecated: true });
  });

  it('documents the rate limit on every operation: 429 with Retry-After', () => {
    for (const { route, operation } of operations(document)) {
      expect({ route, response: operation.responses['429'] }).toMatchObject({
        route,
        response: {
          headers: { 'Retry-After': { schema: { type: 'integer' } } },
          content: { 'application/problem+json': expect.anything() },
        },
      });
    }
  });

  it('bounds every string, number and list a request sends: body, path, query and header', () => {
    expect(unboundedInputs(document)).toEqual([]);
  });

  it('states the rules of query parameters', () => {
    const parameters = document.paths['/cases']!.get!.parameters as unknown as { name: string; schema: object }[];
    const pageSize = parameters.find((parameter) => parameter.name === 'pageSize');
    expect(pageSize?.schema).toMatchObject({ type: 'integer', minimum: 1, maximum: 100 });
  });
});
