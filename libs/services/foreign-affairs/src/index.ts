export { foreignAffairsDefinition } from './definition.js';
