export { supervisionDefinition } from './definition.js';
