export { WorkingCalendar, unpublishedYearNotice } from './calendar.js';
export type { CalendarYear, DayInfo, DayKind, NamedDay } from './calendar.js';
export { computeDeadline, isDeadlineOverdue, workingDaysBetween } from './deadline.js';
export type { DeadlineRequest, DeadlineResult, Extension, Pause, PeriodUnit } from './deadline.js';
export { isIsoDate, shanghaiDate } from './dates.js';
export { validateCalendarYear } from './validate-calendar-year.js';
// Loads the package data only when called, so the core stays free of I/O.
export { seedYearsFromChineseDays } from './chinese-days-seed.js';
export { CalendarInputError } from './errors.js';
export { deadlineLight } from './light.js';
export type { DeadlineLight, DeadlineLightInput } from './light.js';
