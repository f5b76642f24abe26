import {
  CloseLetter,
  ExtendLetter,
  GetLetter,
  HandLetter,
  LetterSubjects,
  LetterView,
  ListLetters,
  RegisterLetter,
  ReplyLetter,
  ReviewLetter,
  WithdrawLetter,
  DocumentSecretariatPermissions as P,
} from '@gov/contracts-document-secretariat';
import type { RouteTable } from '../route-declaration.js';

const letters = { tag: '人民来信', service: 'document-secretariat' } as const;
/** 文秘科 (all letters) and a unit's liaison (the letters 转办/交办 to their unit). */
const LETTER_READERS = [P.documentsProcess, P.documentsHandleOwn, P.documentsReadOwn] as const;
const id = { id: { format: 'uuid' } } as const;

/** 人民来信: 登记 → 转办/交办 → 承办单位回复 → 文秘科审核 → 办结; 退回、撤回（写明理由）; 科室负责人批准延期. */
export const lettersRoutes: Record<string, RouteTable> = {
  LettersController: [
    { ...letters, name: 'list', method: 'GET', path: 'api/documents/letters', permission: LETTER_READERS, subject: LetterSubjects.list, convention: 'read', request: ListLetters.Request, query: ListLetters.Request, reply: ListLetters.Reply, summary: '来信列表（来信人信息脱敏；联络员只看到转办/交办本单位的；可按状态、承办单位、逾期筛选）', problems: [403] },
    { ...letters, name: 'register', method: 'POST', path: 'api/documents/letters', permission: [P.documentsProcess], subject: LetterSubjects.register, convention: 'create', request: RegisterLetter.Request, reply: LetterView, summary: '登记来信（来信人姓名、联系方式加密保存）', problems: [403] },
    { ...letters, name: 'get', method: 'GET', path: 'api/documents/letters/:id', permission: LETTER_READERS, subject: LetterSubjects.get, convention: 'record-read', request: GetLetter.Request, params: id, reply: LetterView, summary: '来信详情（含期限说明和办理记录）', problems: [403, 404] },
    { ...letters, name: 'hand', method: 'POST', path: 'api/documents/letters/:id/hand', permission: [P.documentsProcess], subject: LetterSubjects.hand, convention: 'change', request: HandLetter.Request, body: HandLetter.Body, params: id, reply: LetterView, summary: '转办或交办至承办单位（办理期限自当日起算）', problems: [403, 404, 422] },
    { ...letters, name: 'reply', method: 'POST', path: 'api/documents/letters/:id/reply', permission: [P.documentsHandleOwn], subject: LetterSubjects.reply, convention: 'change', request: ReplyLetter.Request, body: ReplyLetter.Body, params: id, reply: LetterView, summary: '承办单位回复办理结果', problems: [403, 404, 422] },
    { ...letters, name: 'review', method: 'POST', path: 'api/documents/letters/:id/review', permission: [P.documentsProcess], subject: LetterSubjects.review, convention: 'change', request: ReviewLetter.Request, body: ReviewLetter.Body, params: id, reply: LetterView, summary: '审核回复：通过（办结）或退回（写明理由）', problems: [403, 404, 422] },
    { ...letters, name: 'close', method: 'POST', path: 'api/documents/letters/:id/close', permission: [P.documentsProcess], subject: LetterSubjects.close, convention: 'change', request: CloseLetter.Request, body: CloseLetter.Body, params: id, reply: LetterView, summary: '办结转办件（交办件须经回复、审核）', problems: [403, 404, 422] },
    { ...letters, name: 'extend', method: 'POST', path: 'api/documents/letters/:id/extend', permission: [P.documentsProcess], subject: LetterSubjects.extend, convention: 'change', request: ExtendLetter.Request, body: ExtendLetter.Body, params: id, reply: LetterView, summary: '延长办理期限（科室负责人批准，一次，不超过 30 日，告知来信人）', problems: [403, 404, 422] },
    { ...letters, name: 'withdraw', method: 'POST', path: 'api/documents/letters/:id/withdraw', permission: [P.documentsProcess], subject: LetterSubjects.withdraw, convention: 'change', request: WithdrawLetter.Request, body: WithdrawLetter.Body, params: id, reply: LetterView, summary: '撤回来信（写明理由，记录保留）', problems: [403, 404, 422] },
  ],
};
