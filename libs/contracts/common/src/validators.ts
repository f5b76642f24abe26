import { ApiSchemaDefaults } from './openapi.js';
import { ValidateBy, buildMessage, type ValidationOptions } from 'class-validator';

/**
 * The shared input rules of every contract: dates are real calendar dates, date-times are real instants
 * with their UTC offset, integers fit the PostgreSQL `integer` column they go into. The same classes are
 * validated by the gateway, by the service that answers and by the consumer of an event, so one rule holds
 * on both sides of the wire.
 */

const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const OFFSET_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-](\d{2}):(\d{2}))$/;

/** The PostgreSQL `integer` range. */
export const INT32_MIN = -2_147_483_648;
export const INT32_MAX = 2_147_483_647;

function isRealDate(year: number, month: number, day: number): boolean {
  if (year < 1 || month < 1 || month > 12 || day < 1) return false;
  const utc = new Date(Date.UTC(2000, month - 1, day));
  utc.setUTCFullYear(year);
  return utc.getUTCFullYear() === year && utc.getUTCMonth() === month - 1 && utc.getUTCDate() === day;
}

/** True for a real calendar date written `YYYY-MM-DD` (`2026-02-30` and `2026-13-01` are false). */
export function isCalendarDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const m = CALENDAR_DATE.exec(value);
  return !!m && isRealDate(Number(m[1]), Number(m[2]), Number(m[3]));
}

/**
 * True for an ISO 8601 date-time with a UTC offset (`2026-12-01T09:00:00+08:00`, `…Z`) whose date and time
 * exist: `2026-02-30T10:00+08:00` and `2026-12-01T24:00Z` are false instead of being rolled over.
 */
export function isOffsetDateTime(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const m = OFFSET_DATE_TIME.exec(value);
  if (!m) return false;
  const [hour, minute, second] = [Number(m[4]), Number(m[5]), Number(m[6] ?? 0)];
  if (hour > 23 || minute > 59 || second > 59) return false;
  if (m[7] !== 'Z' && (Number(m[8]) > 14 || Number(m[9]) > 59)) return false;
  return isRealDate(Number(m[1]), Number(m[2]), Number(m[3])) && !Number.isNaN(Date.parse(value));
}

/** True for an integer that fits PostgreSQL's `integer`. */
export function isInt32(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= INT32_MIN && value <= INT32_MAX;
}

function rule(
  name: string,
  validate: (value: unknown) => boolean,
  message: string,
  schema: Record<string, unknown>,
  options?: ValidationOptions,
): PropertyDecorator {
  const validator = ValidateBy({ name, validator: { validate, defaultMessage: buildMessage(() => message, options) } }, options);
  if (options?.each) return validator;
  const docs = ApiSchemaDefaults(schema);
  return (target, propertyKey) => {
    validator(target, propertyKey);
    docs(target, propertyKey);
  };
}

/**
 * A contract's own message says what format it wants ("办理期限应为 YYYY-MM-DD"); for a value already in that format but
 * not on the calendar (2026-02-30) the message says so instead.
 */
function sayingWhenImpossible(options: ValidationOptions | undefined, shape: RegExp, impossible: (value: string) => string): ValidationOptions {
  const own = options?.message;
  return {
    ...options,
    message: (args) => {
      if (typeof args.value === 'string' && shape.test(args.value)) return impossible(args.value);
      return typeof own === 'function' ? own(args) : (own ?? '');
    },
  };
}

/** A real calendar date `YYYY-MM-DD`. Constraint code `isCalendarDate`. */
export function IsCalendarDate(options?: ValidationOptions): PropertyDecorator {
  const withMessage = sayingWhenImpossible(options, CALENDAR_DATE, (value) => `${value} 不是日历上存在的日期`);
  return rule('isCalendarDate', isCalendarDate, '必须是有效的日期（YYYY-MM-DD）', { type: 'string', format: 'date' }, options?.message ? withMessage : options);
}

/** An ISO 8601 date-time with its UTC offset, whose date and time exist. Constraint code `isOffsetDateTime`. */
export function IsOffsetDateTime(options?: ValidationOptions): PropertyDecorator {
  return rule(
    'isOffsetDateTime',
    isOffsetDateTime,
    '必须是带时区的有效时间（如 2026-12-01T09:00:00+08:00）',
    { type: 'string', format: 'date-time' },
    options,
  );
}

/** An integer within PostgreSQL's `integer` range. Constraint code `isInt32`. */
export function IsInt32(options?: ValidationOptions): PropertyDecorator {
  return rule(
    'isInt32',
    isInt32,
    `必须是 ${INT32_MIN} 到 ${INT32_MAX} 之间的整数`,
    { type: 'integer', minimum: INT32_MIN, maximum: INT32_MAX },
    options,
  );
}
