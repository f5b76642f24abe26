/** Permission strings of duty-and-meetings's capabilities; granted by the gateway migration of the same name. */
export const DutyAndMeetingsPermissions = {} as const;
