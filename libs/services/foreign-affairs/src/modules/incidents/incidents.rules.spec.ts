import { describe, expect, it } from '@jest/globals';
import type { IncidentReportStage } from '@gov/contracts-foreign-affairs';
import { maskPhone, reasonOf } from '@gov/platform';
import { canClose, canTake, nextReport, statusAfter } from './incidents.rules.js';

describe('涉外案事件: the report chain 初报 → 续报 → 终报 (RULES.md §2.7)', () => {
  it.each([
    [[], 'initial', { label: '初报' }],
    [[], 'follow_up', { problem: '须先初报' }],
    [[], 'final', { problem: '须先初报' }],
    [['initial'], 'initial', { problem: '初报只能有一次' }],
    [['initial'], 'follow_up', { label: '续报一' }],
    [['initial', 'follow_up'], 'follow_up', { label: '续报二' }],
    [['initial', 'follow_up'], 'final', { label: '终报' }],
    [['initial', 'final'], 'follow_up', { problem: '已终报，不能再报告' }],
  ] as [IncidentReportStage[], IncidentReportStage, object][])('after %j a %s report: %j', (existing, stage, expected) => {
    expect(nextReport(existing, stage)).toEqual(expected);
  });

  it.each([
    [[], false],
    [['initial', 'follow_up'], false],
    [['initial', 'final'], true],
  ] as [IncidentReportStage[], boolean][])('closing after %j: %s', (existing, allowed) => {
    expect(canClose(existing)).toBe(allowed);
  });
});

describe('涉外案事件: the steps', () => {
  it.each([
    ['report', 'open', true],
    ['close', 'open', true],
    ['act', 'closed', false],
    ['withdraw', 'withdrawn', false],
  ] as const)('%s from %s: %s', (step, status, allowed) => {
    expect(canTake(step, status)).toBe(allowed);
  });

  it('states after the steps; reasons; masked phones', () => {
    expect(statusAfter('close', 'open')).toBe('closed');
    expect(statusAfter('withdraw', 'open')).toBe('withdrawn');
    expect(statusAfter('act', 'open')).toBe('open');
    expect(reasonOf(' 重复 ')).toBe('重复');
    expect(reasonOf('')).toBeNull();
    expect(maskPhone('13805331234')).toBe('138****1234');
    expect(maskPhone('+49 211 1234567')).toBe('492*****4567');
  });
});
