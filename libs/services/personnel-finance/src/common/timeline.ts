/** One line of a record's timeline: who took which step, when, and why where a reason is due. */
export interface TimelineEntry {
  at: string;
  by: string;
  step: string;
  note: string | null;
}

export function timelineEntry(by: string, step: string, note: string | null = null, at: Date = new Date()): TimelineEntry {
  return { at: at.toISOString(), by, step, note };
}
