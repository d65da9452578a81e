import type { OpenAPIObject } from '@nestjs/swagger';

const SCHEMA_REF = /"#\/components\/schemas\/([^"]+)"/g;

function schemasNamedIn(value: unknown): string[] {
  return [...JSON.stringify(value ?? null).matchAll(SCHEMA_REF)].map((match) => match[1]!);
}

/**
 * The validation pipe refuses any property a DTO does not declare (`forbidNonWhitelisted`): the
 * schemas of request bodies, and every schema they nest, say so.
 */
export function closeRequestSchemas(document: OpenAPIObject): OpenAPIObject {
  const schemas = document.components?.schemas ?? {};
  const pending = Object.values(document.paths).flatMap((item) =>
    [item.post, item.put, item.patch].flatMap((operation) => schemasNamedIn(operation?.requestBody)),
  );
  const closed = new Set<string>();
  for (let name = pending.pop(); name !== undefined; name = pending.pop()) {
    const schema = schemas[name];
    if (closed.has(name) || !schema || '$ref' in schema) continue;
    closed.add(name);
    schema.additionalProperties = false;
    pending.push(...schemasNamedIn(schema));
  }
  return document;
}
