/** Permission strings of duty-and-meetings's capabilities; granted by the gateway migration of the same name. */
export const DutyAndMeetingsPermissions = {
  // The unit directory and the working calendar (modules units/calendar).
  unitsRead: 'units:read',
  /** Create, change and deactivate any unit (综合科 staff and office leaders). */
  unitsWrite: 'units:write',
  /** Change the contacts and duty phones of one's own unit (liaison staff; the service checks the unit). */
  unitsWriteOwn: 'units:write-own',
  calendarRead: 'calendar:read',
  calendarWrite: 'calendar:write',
  // Meetings, rooms, leaders' calendars and leave (modules meetings/rooms/activities/leave).
  /** Read meetings (leaders, 综合科; a liaison sees only meetings its unit was notified of). */
  meetingsRead: 'meetings:read',
  /** 会务: create meetings, 报批, notices, sign-in, topics, decided items, minutes (综合科). */
  meetingsManage: 'meetings:manage',
  /** Approve (报批) meetings of the classes that need it (the service checks the class's approver role). */
  meetingsApprove: 'meetings:approve',
  /** Keep the meeting classes' rules (综合科 chief). */
  meetingsConfigure: 'meetings:configure',
  /** See the rooms and their bookings. */
  roomsRead: 'rooms:read',
  /** Book a room. */
  roomsBook: 'rooms:book',
  /** Keep the rooms registry and cancel any booking (综合科). */
  roomsManage: 'rooms:manage',
  /** Read leaders' activities, receptions and calendars. */
  activitiesRead: 'activities:read',
  /** Schedule leaders' activities, receptions and absences (综合科). */
  activitiesManage: 'activities:manage',
  /** Read leave of units' principal leaders and who is away (a liaison: own unit only). */
  leaveRead: 'leave:read',
  /** File leave requests and record 销假 (综合科; a liaison for its own unit). */
  leaveRequest: 'leave:request',
  /** Approve leave requests (office leaders). */
  leaveApprove: 'leave:approve',
  // The 24-hour duty office, opinion and reports upward (modules duty/opinion/reports).
  /** Read the roster, duty log, urgent matters, instructions, units' rosters and reports upward (综合科, leaders). */
  dutyRead: 'duty:read',
  /** Keep the roster, handovers, duty log, urgent matters and report chain, check units' rosters, compile and send reports (综合科). */
  dutyWrite: 'duty:write',
  /** Approve duty swaps and set report time limits and opinion response rules (综合科 chief). */
  dutyApprove: 'duty:approve',
  /** Record leaders' instructions on duty reports and relay them to units (leaders, 综合科). */
  dutyInstruct: 'duty:instruct',
  /** File one's own unit's duty roster (liaison staff; the service checks the unit). */
  dutyUnitRoster: 'duty:unit-roster',
  /** See the leaders' instructions relayed to one's own unit and confirm receipt (签收) (liaison staff). */
  dutyReceive: 'duty:receive',
  /** Read public opinion items and statistics (综合科, leaders). */
  opinionRead: 'opinion:read',
  /** Collect, assign and review public opinion items (综合科). */
  opinionManage: 'opinion:manage',
  /** Answer the opinion items assigned to one's own unit (liaison staff). */
  opinionRespond: 'opinion:respond',
  /** Read the office's 室务会, work plan, internal rules and publicity record (office leaders, every section). */
  officeAffairsRead: 'office-affairs:read',
  /** Keep them: arrange, hold and publish 室务会, the work plan, rules and publicity record (综合科). */
  officeAffairsManage: 'office-affairs:manage',
} as const;
