/**
 * How lists show personal data (手机号/联系电话, 身份证号, 护照号, 姓名): a few characters at the ends stay, the rest become
 * `*`, one `*` a character. A value too short to hide at least {@link MIN_HIDDEN} characters that way keeps fewer (only
 * its end, then nothing): a mask never shows a whole value. Characters are counted as code points, so a name with a rare
 * character outside the BMP (𠮷) masks as one character.
 */
export const MIN_HIDDEN = 4;

/**
 * `keepStart` characters at the start and `keepEnd` at the end stay, provided at least `MIN_HIDDEN` characters are
 * hidden; else only the end, on the same condition; else every character is hidden.
 */
export function maskMiddle(value: string, keepStart: number, keepEnd: number): string {
  const chars = Array.from(value);
  const stars = (hidden: number) => '*'.repeat(hidden);
  if (chars.length - keepStart - keepEnd >= MIN_HIDDEN) {
    return `${chars.slice(0, keepStart).join('')}${stars(chars.length - keepStart - keepEnd)}${chars.slice(chars.length - keepEnd).join('')}`;
  }
  if (keepEnd > 0 && chars.length - keepEnd >= MIN_HIDDEN) return `${stars(chars.length - keepEnd)}${chars.slice(chars.length - keepEnd).join('')}`;
  return stars(chars.length);
}

/** A phone number (手机号 or 联系电话) by its digits: the first three and the last four, `138****5678`. */
export function maskPhone(phone: string): string {
  return maskMiddle(phone.replace(/\D/g, ''), 3, 4);
}

/** A 公民身份号码: the region (first six) and the last four, `370304********123X` (a final x shown as X). */
export function maskIdNumber(id: string): string {
  return maskMiddle(id.trim().toUpperCase(), 6, 4);
}

/** A 护照号: the first character and the last two, `E******78`. */
export function maskPassport(passport: string): string {
  return maskMiddle(passport.trim().toUpperCase(), 1, 2);
}

/** A 姓名: the first character (the surname) and a `*` for each other one, `王**`; a one-character name is `*`. */
export function maskName(name: string): string {
  const chars = Array.from(name.trim());
  return chars.length > 1 ? `${chars[0]}${'*'.repeat(chars.length - 1)}` : '*'.repeat(chars.length);
}
