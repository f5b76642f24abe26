/** Moved to the service's contracts package (one place for its permission strings). */
export { DutyAndMeetingsPermissions } from '@gov/contracts-duty-and-meetings';
