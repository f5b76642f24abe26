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
  /** A superior that is not the direct superior (越级). */
  skipsLevel?: boolean;
  /** A lower-level government: 乡镇人民政府 or 街道办事处. */
  lowerGovernment?: boolean;
}

/** What kind of body issues under the agency code: the district government, its office (办公室), or a department. */
export type IssuerKind = 'government' | 'office' | 'department';

/** 行文依据 the drafter states (see RoutingBasisInput). */
export interface RoutingBasis {
  skipLevelReason?: string;
  forwardsRequestOf?: string;
  forwardedIncomingId?: string;
  inclinedOpinion?: string;
  leaderAssignment?: string;
  governmentAuthorization?: string;
  jointIssuance?: { leadBody: string; coIssuers: Recipient[] };
}

/** The kind of issuing body, from its full name (…人民政府 / …办公室、办公厅 / anything else is a department). */
export function issuerKindOf(issuingBody: string): IssuerKind {
  const name = issuingBody.trim();
  if (/(办公室|办公厅)$/.test(name)) return 'office';
  if (/人民政府$/.test(name)) return 'government';
  return 'department';
}

/** A body outside the directory is a lower-level government when it is subordinate and named as one. */
export function looksLikeLowerGovernment(name: string): boolean {
  return /(镇人民政府|乡人民政府|街道办事处)$/.test(name.trim());
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
  /** Defaults to the kind read from the first of `issuingAuthorityNames`. */
  issuerKind?: IssuerKind;
  routing?: RoutingBasis;
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
/** 指令性公文: the kinds that instruct the body they are sent to. */
export const DIRECTIVE_TYPES: readonly string[] = ['决定', '命令', '令', '通知', '意见', '通报', '批复'];
/** 文中须注明已经政府同意 (条例第十六条第二项). */
const GOVERNMENT_CONSENT_WORDS = /经[\u4e00-\u9fa5]{0,12}政府(同意|批准)/;
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
  }
  out.push(...routingFindings(draft));
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

const blank = (text: string | undefined | null) => !text?.trim();

/** The 行文规则 that depend on the stated 行文依据: 越级, 原文转报, 领导个人, 指令性公文 to the towns, 联合行文. */
function routingFindings(draft: DraftForReview): Finding[] {
  const out: Finding[] = [];
  const routing = draft.routing ?? {};
  const type = draft.documentType;

  // 第十四条: 一般不得越级行文，特殊情况需要越级行文的，应当同时抄送被越过的机关.
  const skipped = draft.principal.filter((r) => r.skipsLevel);
  if (skipped.length) {
    if (blank(routing.skipLevelReason)) {
      out.push(finding('error', 'ROUTING.SKIP_LEVEL_REASON', `越级行文（主送${skipped.map((r) => r.name).join('、')}）须在行文依据中写明越级的特殊情况`, '条例第十四条'));
    }
    if (!draft.copies.some((r) => r.relation === 'superior' && !r.skipsLevel)) {
      out.push(finding('error', 'ROUTING.SKIP_LEVEL_COPY', '越级行文应当同时抄送被越过的机关（直接上级机关）', '条例第十四条'));
    }
  }

  // 第十五条第三项: 下级机关的请示事项 … 应当提出倾向性意见后上报，不得原文转报上级机关.
  const forwarding = !blank(routing.forwardsRequestOf) || !blank(routing.forwardedIncomingId);
  if (forwarding && type === '请示' && (routing.inclinedOpinion?.trim().length ?? 0) < 10) {
    out.push(finding('error', 'REQUEST.FORWARD_VERBATIM', `转报${routing.forwardsRequestOf?.trim() || '下级机关'}的请示，应当提出本机关的倾向性意见（至少 10 个字）后上报，不得原文转报`, '条例第十五条第三项'));
  }

  // 第十五条第五项: 除上级机关负责人直接交办事项外，不得以本机关名义向上级机关负责人报送公文 (主送 or 抄送).
  const leaders = [...draft.principal, ...draft.copies].filter((r) => r.relation === 'leader');
  if (leaders.length && blank(routing.leaderAssignment)) {
    out.push(
      finding(
        'error',
        type === '请示' ? 'REQUEST.TO_LEADER' : 'UPWARD.TO_LEADER',
        `不得以本机关名义向领导个人（${leaders.map((r) => r.name).join('、')}）报送公文；确属上级机关负责人直接交办的，须在行文依据中写明交办情况`,
        '条例第十五条第五项',
      ),
    );
  }

  // 第十六条第二项: 办公室根据本级政府授权可以向下级政府行文；其他部门不得向下级政府发布指令性公文，
  // 需经政府审批的具体事项，经政府同意后可以由部门行文，文中须注明已经政府同意.
  const kind = draft.issuerKind ?? issuerKindOf(draft.issuingAuthorityNames[0] ?? '');
  const towns = draft.principal.filter((r) => r.lowerGovernment);
  if (kind !== 'government' && DIRECTIVE_TYPES.includes(type) && towns.length) {
    const names = towns.map((r) => r.name).join('、');
    if (blank(routing.governmentAuthorization) && kind === 'department') {
      out.push(
        finding('error', 'DOWNWARD.DIRECTIVE_WITHOUT_AUTHORIZATION', `政府部门不得向${names}发布指令性公文（${type}）；经区政府同意的，须在行文依据中写明并在文中注明`, '条例第十六条第二项'),
      );
    } else if (blank(routing.governmentAuthorization)) {
      // The office writes to the towns under the government's standing authorisation; the reviewer checks it covers the matter.
      out.push(finding('warning', 'DOWNWARD.OFFICE_AUTHORIZATION', `政府办公室向${names}发${type}须根据区政府授权，请核实并在行文依据中写明授权`, '条例第十六条第二项'));
    } else if (kind === 'department' && !GOVERNMENT_CONSENT_WORDS.test(draft.body)) {
      out.push(finding('error', 'DOWNWARD.CONSENT_NOT_STATED', '政府部门经政府同意向下级政府行文的，文中须注明“经区政府同意”', '条例第十六条第二项'));
    }
  }

  // 第十七条: 同级机关必要时可以联合行文；联合行文使用主办机关的发文字号（条例第九条）.
  const joint = routing.jointIssuance;
  if (joint) {
    const notPeers = joint.coIssuers.filter((r) => r.relation !== 'peer' && r.relation !== 'unrelated');
    if (notPeers.length) {
      out.push(finding('error', 'JOINT.NOT_SAME_LEVEL', `联合行文限于同级机关：${notPeers.map((r) => r.name).join('、')}不是同级机关`, '条例第十七条'));
    }
    if (!draft.issuingAuthorityNames.includes(joint.leadBody.trim())) {
      out.push(
        finding(
          'error',
          'JOINT.LEAD_NUMBER',
          `联合行文使用主办机关（${joint.leadBody.trim()}）的发文字号；本机关不是主办机关，不能以本机关代字编号发文，应由主办机关发文、本机关会签`,
          '条例第九条、第十七条',
        ),
      );
    }
  }
  return out;
}
