// Codemod: a contract property typed `string | null` (or number, boolean) reflects as `Object` under SWC's decorator
// metadata, so OpenAPI showed it as an object (`Record<string, never>` in the console's typed client). This gives each
// such `@ApiProperty`/`@ApiPropertyOptional` its type and `nullable: true`. Run: node tools/codemods/nullable-api-properties.mjs [files…]
// (default: every libs/contracts/*/src/*.ts). Running it twice changes nothing.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const CTOR = { string: 'String', number: 'Number', boolean: 'Boolean' };
/** A property line (after any decorators on it) typed `<kind> | null`. */
const PROPERTY = /^\s*(?:@\w+\([^()]*(?:\{[^{}]*\})?[^()]*\)\s*)*(?:readonly\s+)?\w+\??:\s*(string|number|boolean)\s*\|\s*null;/;
const DECORATOR = /@ApiProperty(?:Optional)?\((\{[^()]*\})?\)/;

/** The options of the decorator with the type and nullable added (unchanged when both are there). */
function withNullable(decorator, kind) {
  const [, options] = DECORATOR.exec(decorator);
  const body = options ? options.slice(1, -1).trim() : '';
  const parts = [];
  if (!/\btype\s*:/.test(body)) parts.push(`type: ${CTOR[kind]}`);
  if (!/\bnullable\s*:/.test(body)) parts.push('nullable: true');
  if (!parts.length) return decorator;
  const merged = body ? `{ ${body}, ${parts.join(', ')} }` : `{ ${parts.join(', ')} }`;
  return decorator.replace(DECORATOR, (m) => m.replace(/\((\{[^()]*\})?\)$/, `(${merged})`));
}

export function transform(source) {
  const lines = source.split('\n');
  let changed = 0;
  for (let i = 0; i < lines.length; i++) {
    const property = PROPERTY.exec(lines[i]);
    if (!property) continue;
    const kind = property[1];
    // The decorator on the same line, else on the lines just above (decorators only).
    for (let j = i; j >= Math.max(0, i - 4); j--) {
      if (j < i && !/^\s*@/.test(lines[j])) break;
      const found = DECORATOR.exec(lines[j]);
      if (found) {
        const before = lines[j];
        lines[j] = before.replace(DECORATOR, (d) => withNullable(d, kind));
        if (lines[j] !== before) changed++;
        break;
      }
    }
  }
  return { text: lines.join('\n'), changed };
}

function contractFiles() {
  const root = 'libs/contracts';
  return readdirSync(root).flatMap((pkg) => readdirSync(join(root, pkg, 'src')).filter((f) => f.endsWith('.ts') && !f.endsWith('.spec.ts')).map((f) => join(root, pkg, 'src', f)));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  let total = 0;
  for (const file of process.argv.slice(2).length ? process.argv.slice(2) : contractFiles()) {
    const { text, changed } = transform(readFileSync(file, 'utf8'));
    if (changed) writeFileSync(file, text);
    total += changed;
    if (changed) console.log(`${file}: ${changed}`);
  }
  console.log(`nullable-api-properties: ${total} properties`);
}
