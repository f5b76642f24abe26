export { documentSecretariatDefinition } from './definition.js';
export * from './common/index.js';
