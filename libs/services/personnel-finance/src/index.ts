export { personnelFinanceDefinition } from './definition.js';
