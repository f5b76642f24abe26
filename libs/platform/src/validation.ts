import { CommonErrors, type FieldError } from '@gov/contracts-common';
import { plainToInstance } from 'class-transformer';
import { getMetadataStorage, validate, type ValidationError } from 'class-validator';
import { DomainError } from './errors.js';

type Ctor<T> = new () => T;

/** Chinese messages for the class-validator constraints the contracts use. */
const MESSAGES: Record<string, (args: unknown[]) => string> = {
  isNotEmpty: () => '不能为空',
  isDefined: () => '必须填写',
  isString: () => '必须是文本',
  isInt: () => '必须是整数',
  isNumber: () => '必须是数字',
  isBoolean: () => '必须是布尔值',
  isArray: () => '必须是数组',
  isObject: () => '必须是对象',
  isUuid: () => '必须是有效的 UUID',
  isEnum: (a) => `取值必须是以下之一：${(Object.values((a[0] ?? {}) as object) as unknown[]).join('、')}`,
  isIn: (a) => `取值必须是以下之一：${((a[0] ?? []) as unknown[]).join('、')}`,
  maxLength: (a) => `长度不能超过 ${String(a[0])} 个字符`,
  minLength: (a) => `长度不能少于 ${String(a[0])} 个字符`,
  length: (a) => `长度必须在 ${String(a[0])} 到 ${String(a[1])} 个字符之间`,
  min: (a) => `不能小于 ${String(a[0])}`,
  max: (a) => `不能大于 ${String(a[0])}`,
  arrayMaxSize: (a) => `最多 ${String(a[0])} 项`,
  arrayMinSize: (a) => `至少 ${String(a[0])} 项`,
  arrayNotEmpty: () => '至少填写一项',
  isIso8601: () => '必须是 ISO 8601 日期时间',
  isDateString: () => '必须是日期（YYYY-MM-DD）',
  matches: () => '格式不正确',
  isEmail: () => '必须是有效的电子邮箱',
  whitelistValidation: () => '是不允许的字段',
  nestedValidation: () => '格式不正确',
};

function messageFor(constraint: string, fallback: string, args: unknown[]): string {
  // A contract's own Chinese message says it best; otherwise the constraint's Chinese template.
  if (/[\u4e00-\u9fa5]/.test(fallback)) return fallback;
  const make = MESSAGES[constraint];
  return make ? make(args) : '格式不正确';
}

function constraintArgs(target: Ctor<unknown>, property: string, constraint: string): unknown[] {
  const metas = getMetadataStorage().getTargetValidationMetadatas(target, '', true, false);
  const meta = metas.find((m) => m.propertyName === property && (m.name ?? m.type)?.toLowerCase() === constraint.toLowerCase());
  return (meta?.constraints as unknown[]) ?? [];
}

export function flattenValidationErrors(errors: ValidationError[], prefix = ''): FieldError[] {
  const out: FieldError[] = [];
  for (const error of errors) {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    for (const [constraint, fallback] of Object.entries(error.constraints ?? {})) {
      const target = error.target?.constructor as Ctor<unknown> | undefined;
      const args = target ? constraintArgs(target, error.property, constraint) : [];
      // Contracts write their messages as `reason：撤回须说明理由`; the field is named once, with its full path.
      const own = fallback.startsWith(`${error.property}：`) ? fallback.slice(error.property.length + 1) : fallback;
      out.push({ field, code: constraint, message: `${field}：${messageFor(constraint, own, args)}` });
    }
    if (error.children?.length) out.push(...flattenValidationErrors(error.children, field));
  }
  return out;
}

/**
 * Text PostgreSQL cannot store: the NUL character (U+0000) is refused in `text` and `jsonb`. Found anywhere in the input,
 * in free-form objects too, so it is a field error and never a database error.
 */
function nulCharacterErrors(value: unknown, field: string, out: FieldError[], depth = 0): FieldError[] {
  if (depth > 32 || out.length >= 20) return out;
  if (typeof value === 'string') {
    if (value.includes('\u0000')) out.push({ field, code: 'noNulCharacter', message: `${field}：不能包含空字符（U+0000）` });
  } else if (Array.isArray(value)) {
    value.forEach((item, i) => nulCharacterErrors(item, field ? `${field}.${i}` : String(i), out, depth + 1));
  } else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const path = field ? `${field}.${key}` : key;
      if (key.includes('\u0000')) out.push({ field: path.replace(/\u0000/g, ''), code: 'noNulCharacter', message: '字段名不能包含空字符（U+0000）' });
      else nulCharacterErrors(item, path, out, depth + 1);
    }
  }
  return out;
}

/**
 * Turns untrusted input into a validated instance of a contract class, or throws a validation error that
 * lists every bad field in Chinese. Unknown fields are rejected.
 */
export async function validatePayload<T extends object>(type: Ctor<T>, input: unknown): Promise<T> {
  if (input !== undefined && input !== null && (typeof input !== 'object' || Array.isArray(input))) {
    throw new DomainError(CommonErrors.validationFailed, '请求体必须是 JSON 对象', [
      { field: '', code: 'isObject', message: '请求体必须是 JSON 对象' },
    ]);
  }
  const instance = plainToInstance(type, input ?? {}, { enableImplicitConversion: false });
  const errors = await validate(instance as object, { whitelist: true, forbidNonWhitelisted: true, forbidUnknownValues: false });
  const nulErrors = nulCharacterErrors(input, '', []);
  if (errors.length || nulErrors.length) {
    const fieldErrors = [...flattenValidationErrors(errors), ...nulErrors];
    throw new DomainError(CommonErrors.validationFailed, `共有 ${fieldErrors.length} 处参数有误，请修改后重试`, fieldErrors);
  }
  return instance;
}
