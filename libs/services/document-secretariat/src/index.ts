export { documentSecretariatDefinition } from './definition.js';
