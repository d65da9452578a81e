import { useQuery } from '@tanstack/react-query';
import { apiGet } from '../api/client';

/** The part of a JSON schema the forms read. */
export interface Schema {
  readonly type?: string;
  readonly format?: string;
  readonly enum?: readonly (string | number)[];
  readonly properties?: Readonly<Record<string, Schema>>;
  readonly required?: readonly string[];
  readonly items?: Schema;
  readonly $ref?: string;
  readonly allOf?: readonly Schema[];
  readonly maxLength?: number;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly description?: string;
  readonly deprecated?: boolean;
  readonly example?: unknown;
}

interface Operation {
  readonly operationId?: string;
  readonly requestBody?: { readonly content?: Readonly<Record<string, { readonly schema?: Schema }>> };
}

export interface OpenApiDocument {
  readonly paths: Readonly<Record<string, Readonly<Record<string, Operation>>>>;
  readonly components?: { readonly schemas?: Readonly<Record<string, Schema>> };
}

/** The API's own description of its commands; forms are built from it, never from a copy. */
export function useOpenApi() {
  return useQuery({ queryKey: ['openapi'], queryFn: () => apiGet<OpenApiDocument>('/docs-json'), staleTime: Infinity });
}

/** A schema with its `$ref` (and a lone `allOf`) replaced by what they name. */
export function resolve(document: OpenApiDocument, schema: Schema | undefined): Schema {
  if (!schema) return {};
  if (schema.$ref) return resolve(document, document.components?.schemas?.[schema.$ref.split('/').pop() ?? '']);
  if (schema.allOf?.length === 1) return resolve(document, schema.allOf[0]);
  return schema;
}

const templateMatches = (template: string, path: string) =>
  new RegExp(`^${template.replace(/\{[^}]+\}/g, '[^/]+')}$`).test(path.split('?')[0] ?? '');

/** Where an operation is sent, by its id (a command's id is its command type). */
export function routeOf(document: OpenApiDocument, operationId: string): { method: string; path: string } | undefined {
  for (const [path, item] of Object.entries(document.paths)) {
    for (const [verb, operation] of Object.entries(item))
      if (operation.operationId === operationId) return { method: verb.toUpperCase(), path };
  }
  return undefined;
}

/** The request body's schema of a command, by its operation id, else by its method and path. */
export function commandSchema(document: OpenApiDocument, operationId: string, method: string, path: string): Schema | undefined {
  const operations = Object.entries(document.paths).flatMap(([template, item]) =>
    Object.entries(item).map(([verb, operation]) => ({ template, verb, operation })),
  );
  const found =
    operations.find(({ operation }) => operation.operationId === operationId) ??
    operations.find(({ template, verb }) => verb === method.toLowerCase() && templateMatches(template, path));
  if (!found) return undefined;
  return resolve(document, found.operation.requestBody?.content?.['application/json']?.schema);
}
