import type { LeadingGroupMeetingStatus } from '@gov/contracts-personnel-finance';

/** The steps of a 党组会 or 主任办公会, in order; none can be skipped. */
export type MeetingStep = 'update' | 'notify' | 'recordMinutes' | 'publish' | 'withdraw';

const FROM: Record<MeetingStep, readonly LeadingGroupMeetingStatus[]> = {
  update: ['planned'],
  notify: ['planned'],
  recordMinutes: ['notified'],
  publish: ['held'],
  withdraw: ['planned', 'notified'],
};

const TO: Partial<Record<MeetingStep, LeadingGroupMeetingStatus>> = { notify: 'notified', recordMinutes: 'held', publish: 'published', withdraw: 'withdrawn' };

export function canTake(step: MeetingStep, status: LeadingGroupMeetingStatus): boolean {
  return FROM[step].includes(status);
}

export function statusAfter(step: MeetingStep, status: LeadingGroupMeetingStatus): LeadingGroupMeetingStatus {
  return TO[step] ?? status;
}

/** Minutes are recorded on or after the meeting's day, not before it is held. */
export function minutesRefusal(meetingDate: string, today: string): string | null {
  return today < meetingDate ? `会议定于 ${meetingDate} 召开，召开后才能登记纪要和议定事项` : null;
}
