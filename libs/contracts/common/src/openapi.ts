import { PartialType as partialOf, PickType as pickOf } from '@nestjs/mapped-types';

/**
 * The contracts' OpenAPI decorators without `@nestjs/swagger`: only the gateway publishes the OpenAPI document, so only
 * the gateway loads swagger (about 15 MB of resident memory per process). `ApiProperty`, `ApiPropertyOptional`,
 * `ApiSchema`, `PartialType` and `PickType` write the same reflect metadata, under the same keys, as those of
 * @nestjs/swagger 12 (decorators/api-property.decorator.js, helpers.js, type-helpers), which the gateway's swagger reads
 * when it builds the document; the mapped types make their classes with `@nestjs/mapped-types` (validation and
 * transformation metadata, as swagger's do). `openapi.spec.ts` compares the metadata with swagger's own, and the two
 * mix: a contract may still use swagger's decorators on classes that extend these.
 */

/** Swagger's metadata keys (`DECORATORS` in @nestjs/swagger/dist/constants.js). */
export const OPENAPI_METADATA = {
  properties: 'swagger/apiModelProperties',
  propertiesArray: 'swagger/apiModelPropertiesArray',
  schema: 'swagger/apiSchema',
} as const;

/** The static method the swagger CLI plugin adds to a class (`METADATA_FACTORY_NAME`). */
const PLUGIN_FACTORY = '_OPENAPI_METADATA_FACTORY';

type Options = Record<string, unknown>;
type AnyClass = { prototype: object };
type Class<T> = new () => T;

function defined(options: Options): Options {
  return Object.fromEntries(Object.entries(options).filter(([, value]) => value !== undefined));
}

function enumValues(values: unknown): unknown[] {
  if (typeof values === 'function') return enumValues((values as () => unknown)());
  if (Array.isArray(values)) return values;
  if (!values || typeof values !== 'object') return [];
  const numeric = Object.values(values).filter((value) => typeof value === 'number').map(String);
  return Object.keys(values)
    .filter((key) => !numeric.includes(key))
    .map((key) => (values as Record<string, unknown>)[key]);
}

function enumType(values: unknown[]): string {
  if (values.some((value) => typeof value === 'string')) return 'string';
  return values.some((value) => typeof value === 'boolean') ? 'boolean' : 'number';
}

function designTypeOf(target: object, key: string | symbol): unknown {
  const plugin = (target as { constructor?: Record<string, unknown> }).constructor?.[PLUGIN_FACTORY] as (() => Record<string | symbol, { type?: unknown }>) | undefined;
  return plugin?.()[key]?.type ?? Reflect.getMetadata('design:type', target, key);
}

/** swagger's `createPropertyDecorator(API_MODEL_PROPERTIES, metadata, overrideExisting)`. */
function propertyMetadata(metadata: Options, overrideExisting: boolean): PropertyDecorator {
  return (target, key) => {
    const properties = (Reflect.getMetadata(OPENAPI_METADATA.propertiesArray, target) ?? []) as string[];
    const name = `:${String(key)}`;
    if (!properties.includes(name)) Reflect.defineMetadata(OPENAPI_METADATA.propertiesArray, [...properties, name], target);
    const existing = Reflect.getMetadata(OPENAPI_METADATA.properties, target, key) as Options | undefined;
    if (existing) {
      const added = defined(metadata);
      if (!Reflect.getOwnMetadata(OPENAPI_METADATA.properties, target, key) && added.type === undefined) {
        const type = designTypeOf(target, key);
        if (type) added.type = type;
      }
      Reflect.defineMetadata(OPENAPI_METADATA.properties, overrideExisting ? { ...existing, ...added } : { ...added, ...existing }, target, key);
    } else {
      Reflect.defineMetadata(OPENAPI_METADATA.properties, { type: designTypeOf(target, key), ...defined(metadata) }, target, key);
    }
  };
}

/** `@ApiProperty` of @nestjs/swagger (`createApiPropertyDecorator`). */
export function ApiProperty(options: Options = {}): PropertyDecorator {
  const input = options.type;
  const [type, isArray] = !input || options.isArray ? [input, options.isArray] : Array.isArray(input) ? [input[0], true] : [input, false];
  const out: Options = { ...options, type, isArray };
  if (out.isArray && 'enum' in out && out.enum !== undefined) {
    out.type = 'array';
    const values = enumValues(out.enum);
    out.items = { type: enumType(values), enum: values };
    delete out.enum;
  } else if ('enum' in out && out.enum !== undefined) {
    const values = enumValues(out.enum);
    out.enum = values;
    if (!out.type) out.type = enumType(values);
  }
  if (Array.isArray(out.type)) {
    const inner = out.type[0] as unknown;
    out.type = 'array';
    out.items = { type: 'array', items: { type: typeof inner === 'function' ? inner.name.charAt(0).toLowerCase() + inner.name.slice(1) : inner } };
  }
  if (out.pattern instanceof RegExp) out.pattern = out.pattern.source;
  return propertyMetadata(out, true);
}

/** `@ApiPropertyOptional` of @nestjs/swagger. */
export function ApiPropertyOptional(options: Options = {}): PropertyDecorator {
  return ApiProperty({ ...options, required: false });
}

/** `@ApiSchema` of @nestjs/swagger. */
export function ApiSchema(options?: Options): ClassDecorator {
  return (target) => {
    const previous = (Reflect.getMetadata(OPENAPI_METADATA.schema, target) ?? []) as unknown[];
    Reflect.defineMetadata(OPENAPI_METADATA.schema, [...previous, options], target);
  };
}

const named = new WeakSet<object>();

/**
 * Names every contract class's schema so that none collide, the same way in the gateway's OpenAPI document and in the
 * AsyncAPI catalogue (swagger names a schema after its class, so two classes of one name would share one schema).
 * Classes grouped in a namespace (`CreateUnit.Request`, `Login.Reply`) are named after it (`CreateUnitRequest`); a
 * top-level class whose name an earlier package (in the order of `packages`) already uses keeps its schema name only in
 * that first package, and is named after its own package elsewhere (`SupervisionTimelineEntryView`), so the names
 * published before stay. `packages` is keyed by package name (`@gov/contracts-supervision`).
 */
export function nameContractSchemas(packages: Record<string, object>): void {
  /** The class that keeps each top-level name: the first package's. */
  const first = new Map<string, unknown>();
  for (const contracts of Object.values(packages)) {
    for (const [name, value] of Object.entries(contracts)) if (typeof value === 'function' && /^[A-Z]/.test(name) && !first.has(name)) first.set(name, value);
  }
  for (const [pkg, contracts] of Object.entries(packages)) {
    const prefix = pkg.replace(/^.*contracts-/, '').replace(/(^|-)([a-z])/g, (_, __, c: string) => c.toUpperCase());
    for (const [namespace, value] of Object.entries(contracts)) {
      if (typeof value === 'function' && /^[A-Z]/.test(namespace) && first.get(namespace) !== value && !named.has(value)) {
        ApiSchema({ name: `${prefix}${namespace}` })(value);
        named.add(value);
      }
      if (!value || typeof value !== 'object') continue;
      for (const [name, member] of Object.entries(value as Record<string, unknown>)) {
        if (typeof member !== 'function' || !/^[A-Z]/.test(name) || named.has(member)) continue;
        ApiSchema({ name: `${namespace}${name}` })(member);
        named.add(member);
      }
    }
  }
}

/**
 * Schema defaults (format, range) for a property, beneath what its own `@ApiProperty` says whichever runs first (the
 * shared validators use it).
 */
export function ApiSchemaDefaults(defaults: Options): PropertyDecorator {
  return (target, key) => {
    const existing = (Reflect.getMetadata(OPENAPI_METADATA.properties, target, key) ?? {}) as Options;
    Reflect.defineMetadata(OPENAPI_METADATA.properties, { ...defaults, ...existing }, target, key);
  };
}

/** The OpenAPI properties of `base` (own and inherited), copied to `made`, as swagger's mapped types do. */
function copyProperties(base: AnyClass, made: AnyClass, change: (metadata: Options) => Options, only?: readonly string[]): void {
  const fields = ((Reflect.getMetadata(OPENAPI_METADATA.propertiesArray, base.prototype) ?? []) as string[]).map((key) => key.slice(1));
  for (const key of fields) {
    if (only && !only.includes(key)) continue;
    ApiProperty(change((Reflect.getMetadata(OPENAPI_METADATA.properties, base.prototype, key) ?? {}) as Options))(made.prototype, key);
  }
}

/** `PartialType` of @nestjs/swagger: every field optional (validation, transformation and OpenAPI). */
export function PartialType<T>(base: Class<T>): Class<Partial<T>> {
  const made = partialOf(base) as Class<Partial<T>>;
  copyProperties(base, made, (metadata) => ({ ...metadata, required: false }));
  return made;
}

/** `PickType` of @nestjs/swagger: the named fields only. */
export function PickType<T, K extends keyof T>(base: Class<T>, keys: readonly K[]): Class<Pick<T, (typeof keys)[number]>> {
  const made = pickOf(base, keys) as Class<Pick<T, (typeof keys)[number]>>;
  copyProperties(base, made, (metadata) => metadata, keys as readonly string[]);
  return made;
}
