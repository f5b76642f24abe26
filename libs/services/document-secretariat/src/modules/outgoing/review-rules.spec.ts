import { describe, expect, it } from '@jest/globals';
import { reviewDraft, type DraftForReview } from './review-rules.js';

const city: DraftForReview['principal'][number] = { name: '淄博市人民政府', relation: 'superior' };
const town: DraftForReview['principal'][number] = { name: '域城镇人民政府', relation: 'subordinate' };
const peer: DraftForReview['principal'][number] = { name: '淄川区人民政府', relation: 'peer' };

const request = (changes: Partial<DraftForReview> = {}): DraftForReview => ({
  documentType: '请示',
  title: '博山区人民政府关于申请2026年度农村公路建设专项资金的请示',
  issuingAuthorityNames: ['博山区人民政府', '博山区政府'],
  principal: [city],
  copies: [],
  signerName: '王某某',
  classification: 'none',
  body: '妥否，请批示。',
  documentNumber: '博政呈〔2026〕5号',
  ...changes,
});

const codes = (draft: DraftForReview) => reviewDraft(draft).map((f) => `${f.severity}:${f.code}`);

describe('核稿 rule checks (行文规则)', () => {
  it('a well-formed 请示 passes', () => {
    expect(reviewDraft(request())).toEqual([]);
  });

  it.each<[string, Partial<DraftForReview>, string[]]>([
    ['a 请示 with two 主送', { principal: [city, { name: '淄博市发展和改革委员会', relation: 'superior' }] }, ['error:REQUEST.ONE_PRINCIPAL']],
    ['a 请示 copied to a town', { copies: [town] }, ['error:REQUEST.COPY_TO_SUBORDINATE']],
    ['a 请示 to a leader personally', { principal: [{ name: '张市长', relation: 'leader' }] }, ['warning:REQUEST.TO_LEADER']],
    ['a 请示 sent down to a town', { principal: [town] }, ['error:DIRECTION.UPWARD_TO_SUBORDINATE']],
    ['an upward document without 签发人', { signerName: '' }, ['error:UPWARD.SIGNER_MISSING']],
    ['a classified document without 份号', { classification: '机密', copyNumber: null }, ['error:CLASSIFIED.COPY_NUMBER_MISSING']],
    ['a title that does not end with the 文种', { title: '博山区人民政府关于申请专项资金的报告' }, ['error:TITLE.DOC_TYPE']],
    ['a title without the issuing body', { title: '关于申请专项资金的请示' }, ['warning:TITLE.AUTHORITY']],
    ['a 发文字号 with square brackets', { documentNumber: '博政呈[2026]5号' }, ['error:NUMBER.FORMAT']],
    ['an unknown 文种', { documentType: '简报', title: '博山区人民政府简报' }, ['error:DOC.TYPE_UNKNOWN']],
  ])('%s', (_name, changes, expected) => {
    expect(codes(request(changes))).toEqual(expected);
  });

  it('a 报告 asking for instructions is warned, and one with two 主送 too', () => {
    const report = request({ documentType: '报告', title: '博山区人民政府关于2026年上半年安全生产工作情况的报告', body: '以上报告，请审批。', principal: [city, { name: '淄博市应急管理局', relation: 'superior' }] });
    expect(codes(report)).toEqual(['warning:UPWARD.ONE_PRINCIPAL', 'warning:REPORT.CONTAINS_REQUEST']);
  });

  it('a 批复 goes down only', () => {
    const reply = request({ documentType: '批复', title: '博山区人民政府关于同意域城镇调整规划的批复', principal: [city], signerName: null });
    expect(codes(reply)).toContain('error:DIRECTION.DOWNWARD_TO_SUPERIOR');
    expect(codes({ ...reply, principal: [town] })).toEqual([]);
  });

  it('a 函 between peers needs no 签发人', () => {
    expect(codes(request({ documentType: '函', title: '博山区人民政府关于商请协助开展联合执法的函', principal: [peer], signerName: null, body: '' }))).toEqual([]);
  });

  it('every finding cites its basis and speaks Chinese', () => {
    for (const f of reviewDraft(request({ principal: [city, town], copies: [town], signerName: '', classification: '秘密', title: '申请', documentNumber: '博政呈〔2026〕005号' }))) {
      expect(f.basis).toMatch(/条例|GB\/T 9704/);
      expect(f.message).toMatch(/[\u4e00-\u9fa5]/);
    }
  });
});
