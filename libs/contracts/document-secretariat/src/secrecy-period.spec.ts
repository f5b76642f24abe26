import { describe, expect, it } from '@jest/globals';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { SecrecyFields, secrecyPeriodProblem } from './common.js';

describe('保密期限 with its 密级', () => {
  it.each([
    [0, undefined, null],
    [0, '', null],
    [0, '10年', '非密文件不标注保密期限'],
    [1, undefined, '涉密文件须同时标注保密期限（如“10年”“6个月”，或写明解密时间、解密条件）'],
    [1, '  ', '涉密文件须同时标注保密期限（如“10年”“6个月”，或写明解密时间、解密条件）'],
    [1, '10年', null],
    [1, '120个月', null],
    [1, '11年', '秘密级事项的保密期限一般不超过 10 年'],
    [1, '121个月', '秘密级事项的保密期限一般不超过 10 年'],
    [2, '20年', null],
    [2, '21年', '机密级事项的保密期限一般不超过 20 年'],
    [3, '30年', null],
    [3, '31年', '绝密级事项的保密期限一般不超过 30 年'],
    [2, '0年', '保密期限不能为 0'],
    [2, '6个月', null],
    [2, '2030年12月31日解密', null],
    [3, '工程竣工验收后解密', null],
    [2, '长期', '保密期限应写为“N年”“N个月”，或写明解密时间、解密条件'],
    [2, '十年', '保密期限应写为“N年”“N个月”，或写明解密时间、解密条件'],
    [undefined, '10年', null],
    [undefined, undefined, null],
    [2, `${'某'.repeat(38)}解密`, null],
    [2, `${'某'.repeat(39)}解密`, '保密期限不超过 40 个字'],
  ])('密级 %s, 保密期限 %j → %j', (level, period, expected) => {
    expect(secrecyPeriodProblem(level, period)).toBe(expected);
  });

  it('is checked on every request carrying a 密级, with the message on the field', () => {
    const errors = (body: Record<string, unknown>) => validateSync(plainToInstance(SecrecyFields, body)).map((e) => [e.property, Object.values(e.constraints ?? {})]);
    expect(errors({ secrecyLevel: 0 })).toEqual([]);
    expect(errors({ secrecyLevel: 2, secrecyPeriod: '10年' })).toEqual([]);
    expect(errors({ secrecyLevel: 2 })).toEqual([['secrecyPeriod', ['涉密文件须同时标注保密期限（如“10年”“6个月”，或写明解密时间、解密条件）']]]);
    expect(errors({ secrecyLevel: 1, secrecyPeriod: '15年' })).toEqual([['secrecyPeriod', ['秘密级事项的保密期限一般不超过 10 年']]]);
    expect(errors({ secrecyLevel: 1, secrecyPeriod: 10 })).toEqual([['secrecyPeriod', ['保密期限应为文字']]]);
  });
});
