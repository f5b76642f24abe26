// `node --import ./tools/register.mjs <entry.ts>` runs the TypeScript sources directly: aliases are
// resolved from tsconfig.base.json and every .ts file is compiled by SWC on load (with decorator metadata).
import { register } from 'node:module';

register('./loader.mjs', import.meta.url);
