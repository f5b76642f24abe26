/** Permission strings of document-secretariat's capabilities; granted by the gateway migration of the same name. */
export const DocumentSecretariatPermissions = {} as const;
