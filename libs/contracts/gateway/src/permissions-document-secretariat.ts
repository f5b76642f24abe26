/** Moved to the service's contracts package (one place for its permission strings). */
export { DocumentSecretariatPermissions } from '@gov/contracts-document-secretariat';
