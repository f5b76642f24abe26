export { informationDefinition } from './definition.js';
