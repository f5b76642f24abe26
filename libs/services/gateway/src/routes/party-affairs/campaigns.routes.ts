import { CampaignSubjects, CampaignView, CompleteCampaignTask, CreateCampaign, GetCampaign, ListCampaigns, UpdateCampaign, WithdrawCampaign, PartyAffairsPermissions as P } from '@gov/contracts-party-affairs';
import type { RouteTable } from '../route-declaration.js';

const READERS = [P.campaignsRead, P.campaignsManage, P.campaignsOwn] as const;
const COMPLETERS = [P.campaignsManage, P.campaignsOwn] as const;

const campaigns = { tag: '主题教育', service: 'party-affairs' } as const;
const id = { id: { format: 'uuid' } } as const;

/** 主题教育, owned by party-affairs. */
export const campaignsRoutes: Record<string, RouteTable> = {
  PartyAffairsCampaignsController: [
    { ...campaigns, name: 'list', method: 'GET', path: 'api/party-affairs/campaigns', permission: READERS, subject: CampaignSubjects.list, convention: 'read', request: ListCampaigns.Request, query: ListCampaigns.Request, reply: ListCampaigns.Reply, summary: '主题教育列表（含各党支部进度、逾期任务）', description: '单位联络员只能看到有本单位党支部任务的主题教育，且只见本单位党支部的进度。' },
    { ...campaigns, name: 'get', method: 'GET', path: 'api/party-affairs/campaigns/:id', permission: READERS, subject: CampaignSubjects.get, convention: 'record-read', request: GetCampaign.Request, params: id, reply: CampaignView, summary: '主题教育详情（ETag 为版本号）', problems: [404] },
    { ...campaigns, name: 'create', method: 'POST', path: 'api/party-affairs/campaigns', permission: [P.campaignsManage], subject: CampaignSubjects.create, convention: 'create', request: CreateCampaign.Request, reply: CampaignView, summary: '部署主题教育（名称、期间、依据文件、实施方案任务）；须带 Idempotency-Key', problems: [422] },
    { ...campaigns, name: 'update', method: 'PUT', path: 'api/party-affairs/campaigns/:id', permission: [P.campaignsManage], subject: CampaignSubjects.update, convention: 'change', request: UpdateCampaign.Request, body: UpdateCampaign.Body, params: id, reply: CampaignView, summary: '修改主题教育及其任务；须带 If-Match', problems: [404, 422] },
    { ...campaigns, name: 'complete', method: 'POST', path: 'api/party-affairs/campaigns/:id/complete', permission: COMPLETERS, subject: CampaignSubjects.complete, convention: 'change', request: CompleteCampaignTask.Request, body: CompleteCampaignTask.Body, params: id, reply: CampaignView, summary: '登记党支部任务完成情况（联络员为本单位党支部）；须带 If-Match', problems: [404, 422] },
    { ...campaigns, name: 'withdraw', method: 'POST', path: 'api/party-affairs/campaigns/:id/withdraw', permission: [P.campaignsManage], subject: CampaignSubjects.withdraw, convention: 'change', request: WithdrawCampaign.Request, body: WithdrawCampaign.Body, params: id, reply: CampaignView, summary: '撤回主题教育（须说明理由）；须带 If-Match', problems: [404, 422] },
  ],
};
