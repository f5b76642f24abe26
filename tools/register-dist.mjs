// `node --import ./tools/register-dist.mjs dist/apps/<app>/src/main.js` runs the built apps: only the
// `@gov/*` aliases need resolving (to dist/), no compiler is loaded.
import { register } from 'node:module';

register('./dist-loader.mjs', import.meta.url);
