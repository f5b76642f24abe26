import { AssistanceRequestSubjects, AssistanceRequestView, CreateAssistanceRequest, GetAssistanceRequest, ListAssistanceRequests, ReplyAssistanceRequest, UpdateAssistanceRequest, WithdrawAssistanceRequest, DisclosurePermissions as P } from '@gov/contracts-disclosure';
import type { RouteTable } from '../route-declaration.js';

const READERS = [P.assistanceRequestsRead, P.assistanceRequestsManage] as const;
const SECTION = [P.assistanceRequestsManage] as const;

const assistanceRequests = { tag: '协助调查件', service: 'disclosure' } as const;
const id = { id: { format: 'uuid' } } as const;

/** 协助调查件 (other bodies' requests to assist an investigation concerning 政府信息公开), owned by disclosure. */
export const assistanceRequestsRoutes: Record<string, RouteTable> = {
  DisclosureAssistanceRequestsController: [
    { ...assistanceRequests, name: 'list', method: 'GET', path: 'api/disclosure/assistance-requests', permission: READERS, subject: AssistanceRequestSubjects.list, convention: 'read', request: ListAssistanceRequests.Request, query: ListAssistanceRequests.Request, reply: ListAssistanceRequests.Reply, summary: '协助调查件列表（分页、按状态和来文机关类别筛选、中文模糊搜索、只看逾期未答复）', description: '仅政务公开科和办公室领导可见；单位联络员无权查看。' },
    { ...assistanceRequests, name: 'get', method: 'GET', path: 'api/disclosure/assistance-requests/:id', permission: READERS, subject: AssistanceRequestSubjects.get, convention: 'record-read', request: GetAssistanceRequest.Request, params: id, reply: AssistanceRequestView, summary: '协助调查件详情（答复截止日及计算说明、答复情况；ETag 为版本号）', problems: [404] },
    { ...assistanceRequests, name: 'create', method: 'POST', path: 'api/disclosure/assistance-requests', permission: SECTION, subject: AssistanceRequestSubjects.create, convention: 'create', request: CreateAssistanceRequest.Request, reply: AssistanceRequestView, summary: '登记协助调查件：来文机关、文号、收文之日、事项、承办人，答复期限按来文载明日期或工作日计算；须带 Idempotency-Key', problems: [403, 422] },
    { ...assistanceRequests, name: 'update', method: 'PUT', path: 'api/disclosure/assistance-requests/:id', permission: SECTION, subject: AssistanceRequestSubjects.update, convention: 'change', request: UpdateAssistanceRequest.Request, body: UpdateAssistanceRequest.Body, params: id, reply: AssistanceRequestView, summary: '修改待答复的协助调查件（重新计算答复截止日）；须带 If-Match', problems: [403, 404, 422] },
    { ...assistanceRequests, name: 'reply', method: 'POST', path: 'api/disclosure/assistance-requests/:id/reply', permission: SECTION, subject: AssistanceRequestSubjects.reply, convention: 'change', request: ReplyAssistanceRequest.Request, body: ReplyAssistanceRequest.Body, params: id, reply: AssistanceRequestView, summary: '登记答复（答复之日、内容、附件）；晚于截止日的标为逾期；须带 If-Match', problems: [403, 404, 422] },
    { ...assistanceRequests, name: 'withdraw', method: 'POST', path: 'api/disclosure/assistance-requests/:id/withdraw', permission: SECTION, subject: AssistanceRequestSubjects.withdraw, convention: 'change', request: WithdrawAssistanceRequest.Request, body: WithdrawAssistanceRequest.Body, params: id, reply: AssistanceRequestView, summary: '撤回协助调查件（须说明理由，不删除）；须带 If-Match', problems: [403, 404, 422] },
  ],
};
