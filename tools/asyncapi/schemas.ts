/**
 * JSON Schemas of the event payload classes, from the same metadata that validates them: the `@ApiProperty` metadata
 * as @nestjs/swagger's own schema explorer reads it (the one that builds the OpenAPI document), corrected by the
 * class-validator metadata (what a consumer's `readEvent` actually enforces: `@IsOptional` makes a field optional,
 * lengths, ranges, uuids), then turned from OpenAPI 3.0 dialect into the AsyncAPI schema dialect (JSON Schema draft 07:
 * `nullable` → a `null` type, `example` → `examples`).
 */
import 'reflect-metadata';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter } from '@nestjs/platform-fastify';
import * as swagger from '@nestjs/swagger';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import * as CommonContracts from '@gov/contracts-common';
import { getMetadataStorage } from 'class-validator';

export type JsonSchema = Record<string, unknown>;
type Class = new () => object;

@Module({})
class NoRoutes {}

/**
 * Names each schema as the gateway's OpenAPI document does (`<Namespace><Class>`, e.g. `SupervisionItemClosedEvent`),
 * so that the many `Event` classes do not collide and a schema has the same name in both documents.
 */
export function nameNamespacedSchemas(packages: Record<string, object>): void {
  // Contracts note their OpenAPI decorators without swagger; they are applied once swagger is handed over, as the
  // gateway does (libs/services/gateway/src/http/openapi-metadata.ts).
  const enableOpenApi = (CommonContracts as Record<string, unknown>).enableOpenApi;
  if (typeof enableOpenApi === 'function') enableOpenApi(swagger);
  CommonContracts.nameContractSchemas(packages);
}

/** The OpenAPI schemas of `classes` and of every class they reference, by schema name. */
export async function openApiSchemas(classes: Class[]): Promise<{ schemas: Record<string, JsonSchema>; nameOf: Map<Class, string> }> {
  const app = await NestFactory.create(NoRoutes, new FastifyAdapter(), { logger: false, abortOnError: false });
  try {
    const document = SwaggerModule.createDocument(app, new DocumentBuilder().build(), { extraModels: classes });
    const schemas = (document.components?.schemas ?? {}) as Record<string, JsonSchema>;
    const nameOf = new Map<Class, string>();
    for (const type of classes) nameOf.set(type, schemaNameOf(type));
    for (const [type, name] of nameOf) if (!schemas[name]) throw new Error(`no schema for ${type.name} (${name}); have ${Object.keys(schemas).filter((s) => s.includes(type.name)).join(",")}`);
    return { schemas, nameOf };
  } finally {
    await app.close();
  }
}

/** The schema name @nestjs/swagger gives a class (its `@ApiSchema` name, else the class name). */
export function schemaNameOf(type: Class): string {
  // createClassDecorator keeps a list; the last @ApiSchema applied wins, as in @nestjs/swagger's explorer.
  const named = Reflect.getOwnMetadata('swagger/apiSchema', type) as { name?: string }[] | { name?: string } | undefined;
  const last = Array.isArray(named) ? named[named.length - 1] : named;
  return last?.name ?? type.name;
}

const STRING_VALIDATORS = new Set(['isString', 'isUuid', 'isUUID', 'isDateString', 'isISO8601', 'matches', 'isEmail', 'isUrl', 'maxLength', 'minLength']);

interface ValidationFacts {
  optional: Set<string>;
  constraints: Map<string, JsonSchema>;
}

/** The schema a validator implies on its own (its type and format); a range or length on the same field refines it. */
const VALIDATOR_TYPES: Record<string, JsonSchema> = {
  isInt32: { type: 'integer', minimum: -2147483648, maximum: 2147483647 },
  isInt: { type: 'integer' },
  isBoolean: { type: 'boolean' },
  isCalendarDate: { type: 'string', format: 'date' },
  isOffsetDateTime: { type: 'string', format: 'date-time' },
  isUuid: { format: 'uuid', 'x-string': true },
  isUUID: { format: 'uuid', 'x-string': true },
};

/** What class-validator enforces on each property of `type` (inherited ones included). */
function validationFacts(type: Class): ValidationFacts {
  const metadata = getMetadataStorage().getTargetValidationMetadatas(type, '', true, false);
  const optional = new Set<string>();
  const implied = new Map<string, JsonSchema>();
  const specific = new Map<string, JsonSchema>();
  for (const m of metadata) {
    const add = (into: Map<string, JsonSchema>, patch: JsonSchema): void => {
      into.set(m.propertyName, { ...(into.get(m.propertyName) ?? {}), ...patch });
    };
    if (m.type === 'conditionalValidation') optional.add(m.propertyName);
    const name = m.name ?? '';
    if (m.each) {
      if (name === 'isUuid' || name === 'isUUID') add(specific, { 'x-items': { format: 'uuid' } });
      continue;
    }
    const [first] = (m.constraints ?? []) as unknown[];
    if (VALIDATOR_TYPES[name]) add(implied, VALIDATOR_TYPES[name]);
    if (name === 'maxLength') add(specific, { maxLength: first });
    else if (name === 'minLength') add(specific, { minLength: first });
    else if (name === 'max') add(specific, { maximum: first });
    else if (name === 'min') add(specific, { minimum: first });
    else if (name === 'arrayMaxSize') add(specific, { maxItems: first });
    else if (name === 'arrayMinSize') add(specific, { minItems: first });
    else if (name === 'matches' && first instanceof RegExp) add(specific, { pattern: first.source });
    if (STRING_VALIDATORS.has(name)) add(specific, { 'x-string': true });
  }
  const constraints = new Map<string, JsonSchema>();
  for (const property of new Set([...implied.keys(), ...specific.keys()])) constraints.set(property, { ...(implied.get(property) ?? {}), ...(specific.get(property) ?? {}) });
  return { optional, constraints };
}

/**
 * The payload schemas: OpenAPI schemas corrected by class-validator and converted to the AsyncAPI dialect.
 * `classesByName` maps every schema name that belongs to a class we know to that class (to read its validators).
 */
export function asyncApiSchemas(openApi: Record<string, JsonSchema>, classesByName: Map<string, Class>): Record<string, JsonSchema> {
  const out: Record<string, JsonSchema> = {};
  for (const name of Object.keys(openApi).sort()) {
    const type = classesByName.get(name);
    out[name] = convert(type ? withValidation(openApi[name], validationFacts(type)) : openApi[name]);
  }
  return out;
}

function withValidation(schema: JsonSchema, facts: ValidationFacts): JsonSchema {
  const properties = { ...((schema.properties as Record<string, JsonSchema>) ?? {}) };
  const added: string[] = [];
  for (const [property, patch] of facts.constraints) {
    const { 'x-string': isString, 'x-items': items, ...rest } = patch;
    if (!properties[property]) {
      // A class validated but not described for swagger (no @ApiProperty): its validators are its schema.
      properties[property] = { ...(isString ? { type: 'string' } : {}), ...rest };
      added.push(property);
      continue;
    }
    const current = properties[property];
    const next: JsonSchema = { ...current, ...rest };
    // `string | null` has no design type a decorator can see: swagger says "object"; the validators know better.
    if (isString && current.type === 'object' && !current.properties && !current.$ref) next.type = 'string';
    if (items && current.type === 'array') next.items = { ...(current.items as JsonSchema), ...(items as JsonSchema) };
    properties[property] = next;
  }
  const required = [...((schema.required as string[]) ?? []), ...added].filter((property) => !facts.optional.has(property));
  const result: JsonSchema = { ...schema, type: 'object', properties };
  if (required.length) result.required = required;
  else delete result.required;
  return result;
}

/** OpenAPI 3.0 schema → AsyncAPI (JSON Schema draft 07) schema; `$ref`s stay `#/components/schemas/<name>`. */
export function convert(schema: unknown): JsonSchema {
  if (!schema || typeof schema !== 'object') return schema as JsonSchema;
  if (Array.isArray(schema)) return schema.map(convert) as unknown as JsonSchema;
  const input = schema as JsonSchema;
  const output: JsonSchema = {};
  for (const [key, value] of Object.entries(input)) {
    if (key === 'nullable' || key === 'example') continue;
    if (key === 'properties' && value && typeof value === 'object') {
      output.properties = Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, convert(v)]));
    } else if (key === 'items' || key === 'additionalProperties' || key === 'not') {
      output[key] = convert(value);
    } else if (key === 'allOf' || key === 'oneOf' || key === 'anyOf') {
      output[key] = (value as unknown[]).map(convert);
    } else {
      output[key] = value;
    }
  }
  if (input.example !== undefined) output.examples = [input.example];
  if (input.nullable === true) {
    if (typeof output.type === 'string') {
      output.type = [output.type, 'null'];
      if (Array.isArray(output.enum)) output.enum = [...(output.enum as unknown[]), null];
    } else if (output.$ref || output.allOf) {
      return { oneOf: [output, { type: 'null' }] };
    }
  }
  return output;
}
