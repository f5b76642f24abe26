import { describe, expect, it } from '@jest/globals';
import { issuerKindOf, looksLikeLowerGovernment, reviewDraft, type DraftForReview } from './review-rules.js';

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
    ['a 请示 to a leader personally', { principal: [{ name: '张市长', relation: 'leader' }] }, ['error:REQUEST.TO_LEADER']],
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

  describe('行文规则 with the stated 行文依据 (条例第十四条至第十七条)', () => {
    const province: DraftForReview['principal'][number] = { name: '山东省人民政府', relation: 'superior', skipsLevel: true };
    const townGov: DraftForReview['principal'][number] = { name: '域城镇人民政府', relation: 'subordinate', lowerGovernment: true };
    const office = ['博山区人民政府办公室', '区政府办公室'];
    const notice = (changes: Partial<DraftForReview> = {}): DraftForReview =>
      request({ documentType: '通知', title: '博山区人民政府办公室关于做好冬季安全生产工作的通知', issuingAuthorityNames: office, principal: [townGov], signerName: null, body: '请认真贯彻执行。', documentNumber: null, ...changes });

    it.each<[string, DraftForReview, string[]]>([
      // 第十四条 越级行文
      ['越级 with the reason and the skipped body copied is accepted', request({ principal: [province], copies: [city], routing: { skipLevelReason: '情况紧急，逐级报送将延误抢险' } }), []],
      ['越级 without a reason is refused', request({ principal: [province], copies: [city] }), ['error:ROUTING.SKIP_LEVEL_REASON']],
      ['越级 without copying the skipped body is refused', request({ principal: [province], routing: { skipLevelReason: '情况紧急' } }), ['error:ROUTING.SKIP_LEVEL_COPY']],
      // 第十五条第三项 原文转报
      ['转报 with the office’s inclined opinion is accepted', request({ routing: { forwardsRequestOf: '域城镇人民政府', inclinedOpinion: '经研究，区政府同意域城镇的请示事项，建议予以支持。' } }), []],
      ['转报 verbatim (no opinion) is refused', request({ routing: { forwardsRequestOf: '域城镇人民政府' } }), ['error:REQUEST.FORWARD_VERBATIM']],
      ['转报 with a token opinion is refused', request({ routing: { forwardedIncomingId: '7f1a0a3e-2d55-4a53-9a55-000000000001', inclinedOpinion: '同意。' } }), ['error:REQUEST.FORWARD_VERBATIM']],
      // 第十五条第五项 领导个人
      ['a 请示 to a leader who assigned the matter is accepted', request({ principal: [{ name: '张市长', relation: 'leader' }], routing: { leaderAssignment: '张市长2026年3月2日调研时直接交办' } }), []],
      ['a 请示 copied to a leader personally is refused', request({ copies: [{ name: '张市长', relation: 'leader' }] }), ['error:REQUEST.TO_LEADER']],
      ['a 报告 to a leader personally is refused', request({ documentType: '报告', title: '博山区人民政府关于防汛工作的报告', body: '特此报告。', principal: [{ name: '张市长', relation: 'leader' }] }), ['error:UPWARD.TO_LEADER']],
      // 第十六条第二项 指令性公文 to the towns
      ['the government itself directs the towns', notice({ issuingAuthorityNames: ['博山区人民政府', '区政府'], title: '博山区人民政府关于做好冬季安全生产工作的通知' }), []],
      ['the office with the government’s authorisation is accepted', notice({ routing: { governmentAuthorization: '经区政府同意（区政府第12次常务会议）' } }), []],
      ['the office without a stated authorisation is warned (standing authorisation)', notice(), ['warning:DOWNWARD.OFFICE_AUTHORIZATION']],
      ['the office sending a 函 to a town needs no authorisation', notice({ documentType: '函', title: '博山区人民政府办公室关于商请提供资料的函' }), []],
      ['the office writing to a department (not a government) needs none', notice({ principal: [{ name: '区发展和改革局', relation: 'subordinate' }] }), []],
      ['a department without authorisation is refused', notice({ issuingAuthorityNames: ['博山区教育和体育局'], title: '博山区教育和体育局关于做好校园安全工作的通知' }), ['error:DOWNWARD.DIRECTIVE_WITHOUT_AUTHORIZATION']],
      ['a department with authorisation but not saying so in the text is refused', notice({ issuingAuthorityNames: ['博山区教育和体育局'], title: '博山区教育和体育局关于做好校园安全工作的通知', routing: { governmentAuthorization: '区政府批复' } }), ['error:DOWNWARD.CONSENT_NOT_STATED']],
      ['a department with authorisation stated in the text is accepted', notice({ issuingAuthorityNames: ['博山区教育和体育局'], title: '博山区教育和体育局关于做好校园安全工作的通知', body: '经区政府同意，现就有关事项通知如下。', routing: { governmentAuthorization: '区政府批复' } }), []],
      // 第十七条 联合行文
      ['a joint document led by this body with a peer is accepted', notice({ issuingAuthorityNames: ['博山区人民政府', '区政府'], title: '博山区人民政府关于做好冬季安全生产工作的通知', routing: { jointIssuance: { leadBody: '博山区人民政府', coIssuers: [{ name: '中共博山区委', relation: 'peer' }] } } }), []],
      ['a joint document led by another body is refused (lead body’s 文号)', notice({ issuingAuthorityNames: ['博山区人民政府', '区政府'], title: '博山区人民政府关于做好冬季安全生产工作的通知', routing: { jointIssuance: { leadBody: '中共博山区委', coIssuers: [{ name: '中共博山区委', relation: 'peer' }] } } }), ['error:JOINT.LEAD_NUMBER']],
      ['a joint document with a subordinate co-issuer is refused', notice({ issuingAuthorityNames: ['博山区人民政府', '区政府'], title: '博山区人民政府关于做好冬季安全生产工作的通知', routing: { jointIssuance: { leadBody: '博山区人民政府', coIssuers: [townGov] } } }), ['error:JOINT.NOT_SAME_LEVEL']],
    ])('%s', (_name, draft, expected) => {
      expect(codes(draft)).toEqual(expected);
    });

    it('each refusal names its article and speaks Chinese', () => {
      const all = [
        ...reviewDraft(request({ principal: [province], copies: [{ name: '张市长', relation: 'leader' }], routing: { forwardsRequestOf: '域城镇人民政府' } })),
        ...reviewDraft(notice({ issuingAuthorityNames: ['博山区教育和体育局'], routing: { jointIssuance: { leadBody: '中共博山区委', coIssuers: [townGov] } } })),
      ];
      expect(all.map((f) => f.code).sort()).toEqual(
        ['DOWNWARD.DIRECTIVE_WITHOUT_AUTHORIZATION', 'JOINT.LEAD_NUMBER', 'JOINT.NOT_SAME_LEVEL', 'REQUEST.FORWARD_VERBATIM', 'REQUEST.TO_LEADER', 'ROUTING.SKIP_LEVEL_COPY', 'ROUTING.SKIP_LEVEL_REASON', 'TITLE.AUTHORITY'].sort(),
      );
      for (const f of all.filter((x) => x.severity === 'error')) {
        expect(f.basis).toMatch(/^条例第[十一二三四五六七八九]+条/);
        expect(f.message).toMatch(/[\u4e00-\u9fa5]/);
      }
    });

    it.each<[string, ReturnType<typeof issuerKindOf>]>([
      ['博山区人民政府', 'government'],
      ['博山区人民政府办公室', 'office'],
      ['博山区教育和体育局', 'department'],
    ])('%s issues as a %s', (name, kind) => {
      expect(issuerKindOf(name)).toBe(kind);
    });

    it.each<[string, boolean]>([
      ['域城镇人民政府', true],
      ['城东街道办事处', true],
      ['博山区发展和改革局', false],
      ['淄博市人民政府', false],
    ])('%s is a lower-level government: %s', (name, expected) => {
      expect(looksLikeLowerGovernment(name)).toBe(expected);
    });
  });
});
