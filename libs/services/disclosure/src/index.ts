export { disclosureDefinition } from './definition.js';
