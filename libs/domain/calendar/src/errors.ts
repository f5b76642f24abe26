/**
 * Bad input to the calendar or the deadline engine: an impossible date (`2026-02-30`), a negative amount, a
 * pause that ends before it starts. It is still a RangeError, and the platform maps it to a validation
 * problem (400) with its Chinese message instead of an internal error.
 */
export class CalendarInputError extends RangeError {
  constructor(message: string) {
    super(message);
    this.name = 'CalendarInputError';
  }
}
