import { describe, it, expect } from '@jest/globals';
import { generatePassword, passwordPolicyViolations } from './password-policy.js';

describe('password policy', () => {
  const cases: [string, string, string[]][] = [
    ['Abcdefgh1234', 'zhangsan', []],
    ['abcdefgh12!!', 'zhangsan', []],
    ['ABCDEFGH12!!', 'zhangsan', []],
    ['Short1!', 'zhangsan', ['密码长度不能少于 12 位']],
    ['abcdefghijklmn', 'zhangsan', ['密码须包含大写字母、小写字母、数字、符号中的至少三类']],
    ['abcdefgh123456', 'zhangsan', ['密码须包含大写字母、小写字母、数字、符号中的至少三类']],
    ['My-ZhangSan-2026', 'zhangsan', ['密码不能包含用户名']],
    ['zhang', 'zhangsan', ['密码长度不能少于 12 位', '密码须包含大写字母、小写字母、数字、符号中的至少三类']],
  ];
  it.each(cases)('%s for user %s', (password, username, expected) => {
    expect(passwordPolicyViolations(password, username)).toEqual(expected);
  });

  it('refuses-passwords-longer-than-128', () => {
    expect(passwordPolicyViolations('Aa1!'.repeat(40), 'u')).toEqual(['密码长度不能超过 128 位']);
  });

  it('generated-passwords-always-pass-the-policy', () => {
    for (let i = 0; i < 200; i++) {
      const password = generatePassword();
      expect(password).toHaveLength(16);
      expect(passwordPolicyViolations(password, 'sysadmin')).toEqual([]);
    }
  });
});
