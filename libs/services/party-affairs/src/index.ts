export { partyAffairsDefinition } from './definition.js';
