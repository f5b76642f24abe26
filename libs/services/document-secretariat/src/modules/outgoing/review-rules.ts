import { documentNumberProblems } from './document-number.js';

/**
 * 核稿 rule checks of an outgoing document (行文规则), from 《党政机关公文处理工作条例》(中办发〔2012〕14号)
 * and GB/T 9704—2012. Errors stop a draft from going to 签发; warnings are for the reviewer to judge.
 */

/** 第八条: the 15 kinds of 公文. */
export const DOCUMENT_TYPES = ['决议', '决定', '命令', '令', '公报', '公告', '通告', '意见', '通知', '通报', '报告', '请示', '批复', '议案', '函', '纪要'] as const;
export type DocumentType = (typeof DOCUMENT_TYPES)[number];

/** How a recipient stands to the issuing body. `leader` is a leader addressed personally. */
export type Relation = 'superior' | 'subordinate' | 'peer' | 'unrelated' | 'leader';

export interface Recipient {
  name: string;
  relation: Relation;
}

export interface DraftForReview {
  documentType: string;
  title: string;
  /** 发文机关: full name and any standard short names (e.g. 博山区人民政府, 博山区政府, 区政府). */
  issuingAuthorityNames: string[];
  principal: Recipient[];
  copies: Recipient[];
  /** 签发人 shown on the document. */
  signerName?: string | null;
  /** 密级 (none, 秘密, 机密, 绝密) and 份号. */
  classification: 'none' | '秘密' | '机密' | '绝密';
  copyNumber?: string | null;
  body: string;
  documentNumber?: string | null;
}

export interface Finding {
  code: string;
  severity: 'error' | 'warning';
  /** Chinese, naming the rule and what to do. */
  message: string;
  /** The article the rule comes from. */
  basis: string;
}

const UPWARD_TYPES: readonly string[] = ['请示', '报告'];
const DOWNWARD_ONLY_TYPES: readonly string[] = ['批复'];
const REQUEST_WORDS = /请(予|)(批示|审批|批准|审定|核准)/;

function finding(severity: Finding['severity'], code: string, message: string, basis: string): Finding {
  return { code, severity, message, basis };
}

/** Checks a draft against the 行文规则; returns every finding at once. */
export function reviewDraft(draft: DraftForReview): Finding[] {
  const out: Finding[] = [];
  const type = draft.documentType;
  const upward = UPWARD_TYPES.includes(type) || draft.principal.some((r) => r.relation === 'superior');

  if (!(DOCUMENT_TYPES as readonly string[]).includes(type)) {
    out.push(finding('error', 'DOC.TYPE_UNKNOWN', `文种“${type}”不属于条例规定的 15 种公文`, '条例第八条'));
  }
  if (!draft.principal.length && type !== '纪要' && type !== '公告' && type !== '通告' && type !== '公报') {
    out.push(finding('error', 'DOC.NO_PRINCIPAL', '缺少主送机关', '条例第九条（主送机关）'));
  }
  if (type === '请示') {
    if (draft.principal.length !== 1) {
      out.push(finding('error', 'REQUEST.ONE_PRINCIPAL', `请示应当只主送一个上级机关（现为 ${draft.principal.length} 个），需要同时送其他机关的用抄送`, '条例第十五条'));
    }
    const subordinates = draft.copies.filter((r) => r.relation === 'subordinate').map((r) => r.name);
    if (subordinates.length) {
      out.push(finding('error', 'REQUEST.COPY_TO_SUBORDINATE', `请示不得抄送下级机关：${subordinates.join('、')}`, '条例第十五条'));
    }
    if (draft.principal.some((r) => r.relation === 'leader')) {
      out.push(finding('warning', 'REQUEST.TO_LEADER', '除上级机关负责人直接交办事项外，不得以本机关名义向上级机关负责人报送公文', '条例第十五条'));
    }
  }
  if (UPWARD_TYPES.includes(type) && draft.principal.some((r) => r.relation === 'subordinate')) {
    out.push(finding('error', 'DIRECTION.UPWARD_TO_SUBORDINATE', `${type}是上行文，不能主送下级机关`, '条例第十五条'));
  }
  if (DOWNWARD_ONLY_TYPES.includes(type) && draft.principal.some((r) => r.relation === 'superior')) {
    out.push(finding('error', 'DIRECTION.DOWNWARD_TO_SUPERIOR', `${type}是下行文，不能主送上级机关`, '条例第十六条'));
  }
  if (type === '报告' && draft.principal.length > 1) {
    out.push(finding('warning', 'UPWARD.ONE_PRINCIPAL', '上行文原则上主送一个上级机关', '条例第十五条'));
  }
  if (type === '报告' && REQUEST_WORDS.test(draft.body)) {
    out.push(finding('warning', 'REPORT.CONTAINS_REQUEST', '报告中不得夹带请示事项（正文含“请批示/请审批”等），请示事项请另行请示', '条例第十五条'));
  }
  if (upward && !draft.signerName?.trim()) {
    out.push(finding('error', 'UPWARD.SIGNER_MISSING', '上行文应当标注签发人姓名', '条例第九条；GB/T 9704—2012 第7.2.5条'));
  }
  if (draft.classification !== 'none' && !draft.copyNumber?.trim()) {
    out.push(finding('error', 'CLASSIFIED.COPY_NUMBER_MISSING', `涉密公文（${draft.classification}）应当标注份号`, '条例第九条（份号）'));
  }
  const title = draft.title.trim();
  if ((DOCUMENT_TYPES as readonly string[]).includes(type) && !title.endsWith(type)) {
    out.push(finding('error', 'TITLE.DOC_TYPE', `标题应以文种“${type}”结尾（发文机关 + 事由 + 文种）`, '条例第九条（标题）'));
  }
  if (!draft.issuingAuthorityNames.some((name) => name && title.includes(name))) {
    out.push(finding('warning', 'TITLE.AUTHORITY', `标题一般应包含发文机关名称（${draft.issuingAuthorityNames[0] ?? '发文机关'}）`, '条例第九条（标题）'));
  }
  if (draft.documentNumber) {
    for (const problem of documentNumberProblems(draft.documentNumber)) {
      out.push(finding('error', 'NUMBER.FORMAT', `发文字号“${draft.documentNumber}”不规范：${problem}`, '条例第九条；GB/T 9704—2012 第7.2.4条'));
    }
  }
  return out;
}
