import { randomInt } from 'node:crypto';

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;

const CLASSES: { test: RegExp; label: string }[] = [
  { test: /[a-z]/, label: '小写字母' },
  { test: /[A-Z]/, label: '大写字母' },
  { test: /[0-9]/, label: '数字' },
  { test: /[^A-Za-z0-9]/, label: '符号' },
];

/**
 * The password policy (等保 2.0 三级 identity-authentication requirements: complexity and periodic change):
 * at least 12 characters, at least three of the four character classes, and not containing the username.
 * Returns the Chinese reasons a password fails it; empty when it passes.
 */
export function passwordPolicyViolations(password: string, username: string): string[] {
  const problems: string[] = [];
  if (password.length < PASSWORD_MIN_LENGTH) problems.push(`密码长度不能少于 ${PASSWORD_MIN_LENGTH} 位`);
  if (password.length > PASSWORD_MAX_LENGTH) problems.push(`密码长度不能超过 ${PASSWORD_MAX_LENGTH} 位`);
  const classes = CLASSES.filter((c) => c.test.test(password)).length;
  if (classes < 3) problems.push('密码须包含大写字母、小写字母、数字、符号中的至少三类');
  if (username && password.toLowerCase().includes(username.toLowerCase())) problems.push('密码不能包含用户名');
  return problems;
}

const LOWER = 'abcdefghijkmnopqrstuvwxyz';
const UPPER = 'ABCDEFGHJKLMNPQRSTUVWXYZ';
const DIGITS = '23456789';
const SYMBOLS = '!@#$%^&*-_=+?';

/** A random password that satisfies the policy (ambiguous characters such as l/1/O/0 left out), for first sign-in and resets. */
export function generatePassword(length = 16): string {
  const all = LOWER + UPPER + DIGITS + SYMBOLS;
  const chars = [LOWER, UPPER, DIGITS, SYMBOLS].map((set) => set[randomInt(set.length)]);
  while (chars.length < length) chars.push(all[randomInt(all.length)]);
  for (let i = chars.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [chars[i], chars[j]] = [chars[j], chars[i]];
  }
  return chars.join('');
}
