/** Permission strings of supervision's capabilities; granted by the gateway migration of the same name. */
export const SupervisionPermissions = {} as const;
