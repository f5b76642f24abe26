import { CommonDocumentErrors, OUTGOING_STATUS_LABELS, OutgoingErrors, type OutgoingStatus } from '@gov/contracts-document-secretariat';
import { DomainError } from '@gov/platform';

/**
 * The steps of an outgoing document (《党政机关公文处理工作条例》第二十四、二十五条): 起草 → 审核（核稿）→ 签发 → 复核 →
 * 登记（编号）→ 印制 → 核发. 会签 comes between 核稿 and 签发 when other units share the matter (第十七条). A 纪要 is not
 * sealed (GB/T 9704—2012 纪要格式), so it may be issued straight after 印制.
 */
export const OUTGOING_ACTIONS = [
  'edit',
  'submit',
  'reviewPass',
  'reviewFail',
  'return',
  'requestCountersign',
  'countersign',
  'sign',
  'number',
  'print',
  'seal',
  'setDisclosure',
  'issue',
  'issueUnsealed',
] as const;
export type OutgoingAction = (typeof OUTGOING_ACTIONS)[number];

export const OUTGOING_ACTION_LABELS: Record<OutgoingAction, string> = {
  edit: '修改草稿',
  submit: '送核稿',
  reviewPass: '核稿',
  reviewFail: '核稿',
  return: '退回修改',
  requestCountersign: '发起会签',
  countersign: '会签',
  sign: '签发',
  number: '编号',
  print: '印制',
  seal: '用印',
  setDisclosure: '确定公开属性',
  issue: '核发',
  issueUnsealed: '核发',
};

const BEFORE_ISSUE: readonly OutgoingStatus[] = ['drafting', 'reviewing', 'reviewed', 'countersigning', 'signed', 'numbered', 'printed', 'sealed'];

/** from-state → action → to-state. Anything not in the table is refused. */
export const OUTGOING_TRANSITIONS: Record<OutgoingStatus, Partial<Record<OutgoingAction, OutgoingStatus>>> = {
  drafting: { edit: 'drafting', submit: 'reviewing' },
  reviewing: { reviewPass: 'reviewed', reviewFail: 'reviewing', return: 'drafting' },
  reviewed: { requestCountersign: 'countersigning', sign: 'signed', return: 'drafting' },
  countersigning: { countersign: 'countersigning', sign: 'signed', return: 'drafting' },
  signed: { number: 'numbered' },
  numbered: { print: 'printed' },
  printed: { seal: 'sealed', issueUnsealed: 'issued' },
  sealed: { issue: 'issued' },
  issued: {},
};

// 公开属性 may be decided at any step before 核发, without changing the step.
for (const status of BEFORE_ISSUE) OUTGOING_TRANSITIONS[status].setDisclosure = status;

/** The state after `action`, or a 422 in Chinese: an issued document is immutable, other steps are out of order. */
export function nextOutgoingStatus(status: OutgoingStatus, action: OutgoingAction): OutgoingStatus {
  const next = OUTGOING_TRANSITIONS[status][action];
  if (next) return next;
  if (status === 'issued') {
    throw new DomainError(OutgoingErrors.issuedImmutable, `公文已核发，成为不可更改的正式文件，不能${OUTGOING_ACTION_LABELS[action]}；如需更正，请以新文件更正原文件`);
  }
  throw new DomainError(CommonDocumentErrors.invalidState, `当前状态“${OUTGOING_STATUS_LABELS[status]}”不能${OUTGOING_ACTION_LABELS[action]}`);
}

/** Whether a document type is sent to a superior (上行文): 请示、报告, or any document whose 主送 is a superior body. */
export function isUpward(docType: string, mainRelations: readonly string[]): boolean {
  return docType === '请示' || docType === '报告' || mainRelations.includes('superior');
}
