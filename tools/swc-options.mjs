// One set of SWC options for the dev loader, the build and jest, so the three never drift.
// Nest and TypeORM need legacy decorators with emitted design-time metadata.
export const swcOptions = {
  jsc: {
    parser: { syntax: 'typescript', decorators: true },
    transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
    target: 'es2022',
    keepClassNames: true,
  },
  module: { type: 'es6' },
  sourceMaps: 'inline',
};
