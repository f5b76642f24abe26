/**
 * The versioning promise as code (docs/EVENTS-VERSIONING.md): what may change in an existing subject between the
 * released catalogue and the generated one. Consumers validate every event with their own copy of the contract
 * (tolerant of unknown fields only), and a stream still holds events written under the old contract, so:
 * - allowed: a new subject; a new optional field; a changed description or example;
 * - breaking: a subject removed; a field removed or renamed; a field's type or format changed; an optional field made
 *   required or a required one optional; a new required field; enum values added or removed; a length, range, size
 *   or pattern changed.
 * A breaking change goes on a new subject (`….v2`) while the old one keeps flowing.
 * Two exceptions, in docs/EVENTS-VERSIONING.md: values added to an open vocabulary (a 待办 task's `kind`: every
 * section adds its own) and a schema corrected from the placeholder `object` a nullable scalar showed before
 * (the wire always carried the scalar).
 */
type Schema = Record<string, unknown>;
interface Document {
  channels?: Record<string, { address?: string; messages?: Record<string, { $ref?: string }> }>;
  components?: { schemas?: Record<string, Schema>; messages?: Record<string, { payload?: Schema }> };
}

/** Fields whose enum is an open vocabulary: values may be added (consumers show an unknown one by its title). */
const OPEN_VOCABULARIES = [/^evt\.[a-z-]+\.task\.(opened|closed): data\.kind: enum values added /];

/** A schema with no shape at all: what SWC's metadata made of `string | null` before contracts named the type. */
function placeholderObject(schema: Schema | undefined): boolean {
  return !!schema && schema.type === 'object' && !schema.properties && !schema.$ref && !schema.additionalProperties && !schema.oneOf;
}

/** `null|object` (the placeholder) → `null|string` (or another scalar): the schema now says what the wire carried. */
function correctedPlaceholder(a: Schema, b: Schema): boolean {
  const nonNullOf = (schema: Schema): Schema | undefined => {
    const oneOf = schema.oneOf as Schema[] | undefined;
    if (oneOf) return oneOf.find((s) => s.type !== 'null');
    const type = schema.type;
    if (Array.isArray(type)) {
      const rest = type.filter((t) => t !== 'null');
      return rest.length === 1 ? { ...schema, type: rest[0] } : undefined;
    }
    return schema;
  };
  const before = nonNullOf(a);
  const after = nonNullOf(b);
  return placeholderObject(before) && !!after && ['string', 'number', 'integer', 'boolean'].includes(after.type as string);
}

const CONSTRAINTS = ['format', 'const', 'maxLength', 'minLength', 'maximum', 'minimum', 'maxItems', 'minItems', 'pattern'] as const;

function resolve(document: Document, schema: Schema | undefined): Schema | undefined {
  let current = schema;
  for (let i = 0; i < 20 && current && typeof current.$ref === 'string'; i++) {
    const ref = current.$ref as string;
    current = ref.startsWith('#/components/schemas/') ? document.components?.schemas?.[ref.slice('#/components/schemas/'.length)] : undefined;
  }
  // A `oneOf [X, null]` (a nullable reference) is compared as X with its type.
  return current;
}

function typesOf(schema: Schema): string {
  const oneOf = schema.oneOf as Schema[] | undefined;
  if (oneOf) return oneOf.map((s) => (s.type === 'null' ? 'null' : (s.type as string) ?? 'object')).sort().join('|');
  const type = schema.type;
  if (Array.isArray(type)) return [...type].sort().join('|');
  return (type as string) ?? (schema.$ref || schema.properties ? 'object' : 'any');
}

function nonNull(document: Document, schema: Schema): Schema | undefined {
  const oneOf = schema.oneOf as Schema[] | undefined;
  return resolve(document, oneOf ? oneOf.find((s) => s.type !== 'null') : schema);
}

function compareSchemas(before: Document, after: Document, oldSchema: Schema | undefined, newSchema: Schema | undefined, where: string, out: string[], seen: Set<string>): void {
  const a = resolve(before, oldSchema);
  const b = resolve(after, newSchema);
  if (!a || !b) return;
  const key = `${where}|${JSON.stringify(oldSchema)}|${JSON.stringify(newSchema)}`;
  if (seen.has(key)) return;
  seen.add(key);
  if (typesOf(a) !== typesOf(b)) {
    if (correctedPlaceholder(a, b)) return;
    out.push(`${where}: type ${typesOf(a)} → ${typesOf(b)}`);
    return;
  }
  const x = nonNull(before, a) ?? a;
  const y = nonNull(after, b) ?? b;
  for (const constraint of CONSTRAINTS) {
    if (JSON.stringify(x[constraint]) !== JSON.stringify(y[constraint])) out.push(`${where}: ${constraint} ${JSON.stringify(x[constraint]) ?? '—'} → ${JSON.stringify(y[constraint]) ?? '—'}`);
  }
  const oldEnum = (x.enum as unknown[] | undefined) ?? [];
  const newEnum = (y.enum as unknown[] | undefined) ?? [];
  const removedValues = oldEnum.filter((v) => !newEnum.includes(v));
  const addedValues = newEnum.filter((v) => !oldEnum.includes(v));
  if (x.enum && !y.enum) out.push(`${where}: enum dropped`);
  else if (!x.enum && y.enum) out.push(`${where}: enum added`);
  else {
    if (removedValues.length) out.push(`${where}: enum values removed ${JSON.stringify(removedValues)}`);
    if (addedValues.length) out.push(`${where}: enum values added ${JSON.stringify(addedValues)}`);
  }
  if (x.items || y.items) compareSchemas(before, after, x.items as Schema, y.items as Schema, `${where}[]`, out, seen);
  const oldProps = (x.properties ?? {}) as Record<string, Schema>;
  const newProps = (y.properties ?? {}) as Record<string, Schema>;
  const oldRequired = new Set((x.required as string[] | undefined) ?? []);
  const newRequired = new Set((y.required as string[] | undefined) ?? []);
  for (const name of Object.keys(oldProps)) {
    const path = where ? `${where}.${name}` : name;
    if (!(name in newProps)) {
      out.push(`${path}: removed (or renamed)`);
      continue;
    }
    if (!oldRequired.has(name) && newRequired.has(name)) out.push(`${path}: optional → required`);
    if (oldRequired.has(name) && !newRequired.has(name)) out.push(`${path}: required → optional`);
    compareSchemas(before, after, oldProps[name], newProps[name], path, out, seen);
  }
  for (const name of Object.keys(newProps)) {
    if (!(name in oldProps) && newRequired.has(name)) out.push(`${where ? `${where}.${name}` : name}: new required field`);
  }
}

function messagePayload(document: Document, channel: { messages?: Record<string, { $ref?: string }> }): Schema | undefined {
  const ref = Object.values(channel.messages ?? {})[0]?.$ref;
  const id = ref?.startsWith('#/components/messages/') ? ref.slice('#/components/messages/'.length) : undefined;
  return id ? document.components?.messages?.[id]?.payload : undefined;
}

/** The breaking changes from the released catalogue to the new one, one line each (empty: compatible). */
export function breakingChanges(released: Document, generated: Document): string[] {
  const out: string[] = [];
  const newByAddress = new Map(Object.values(generated.channels ?? {}).map((channel) => [channel.address, channel]));
  for (const channel of Object.values(released.channels ?? {})) {
    const subject = channel.address ?? '?';
    const next = newByAddress.get(subject);
    if (!next) {
      out.push(`${subject}: subject removed`);
      continue;
    }
    const changes: string[] = [];
    compareSchemas(released, generated, messagePayload(released, channel), messagePayload(generated, next), '', changes, new Set());
    out.push(...changes.map((change) => `${subject}: ${change}`).filter((change) => !OPEN_VOCABULARIES.some((open) => open.test(change))));
  }
  return out;
}
