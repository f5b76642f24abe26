import { describe, expect, it } from '@jest/globals';
import { diffLines } from './diff.js';

const ops = (a: string, b: string) => diffLines(a, b).map((l) => `${l.op === 'equal' ? ' ' : l.op === 'delete' ? '-' : '+'}${l.text}`);

describe('line diff of two versions of a body', () => {
  it('keeps equal lines and shows what was removed and added, with line numbers', () => {
    expect(ops('一、总体要求\n二、工作任务\n三、保障措施', '一、总体要求\n二、重点任务\n三、保障措施\n四、其他')).toEqual([
      ' 一、总体要求',
      '-二、工作任务',
      '+二、重点任务',
      ' 三、保障措施',
      '+四、其他',
    ]);
    const lines = diffLines('甲\n乙', '乙');
    expect(lines).toEqual([
      { op: 'delete', text: '甲', oldLine: 1 },
      { op: 'equal', text: '乙', oldLine: 2, newLine: 1 },
    ]);
  });

  it('gives only equal lines for identical texts and rebuilds both texts from the diff', () => {
    expect(diffLines('a\nb', 'a\nb').every((l) => l.op === 'equal')).toBe(true);
    const a = 'x\ny\nz\nw\nv';
    const b = 'y\nq\nz\nv\nu';
    const d = diffLines(a, b);
    expect(d.filter((l) => l.op !== 'insert').map((l) => l.text).join('\n')).toBe(a);
    expect(d.filter((l) => l.op !== 'delete').map((l) => l.text).join('\n')).toBe(b);
  });
});
