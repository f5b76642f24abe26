import {
  AbandonApplication,
  AnswerApplication,
  ApplicationSubjects,
  ApplicationView,
  ConsultParty,
  CreateApplication,
  DecideChallenge,
  DecideExtension,
  DeliverAnswer,
  FileChallenge,
  GetApplication,
  ListApplications,
  RecordOpinion,
  RequestCorrection,
  RequestExtension,
  ReviewSecrecy,
  SuperviseApplication,
  SupplementApplication,
  UpdateApplication,
  WithdrawApplication,
  DisclosurePermissions as P,
} from '@gov/contracts-disclosure';
import type { RouteDeclaration, RouteTable } from '../route-declaration.js';

const READERS = [P.applicationsRead, P.applicationsManage, P.applicationsOwn] as const;
const WRITERS = [P.applicationsManage, P.applicationsOwn] as const;

const applications = { tag: '依申请公开', service: 'disclosure' } as const;
const id = { id: { format: 'uuid' } } as const;

/** One step on a case: POST …/:id/<path>, If-Match, the case file back. */
function step(name: string, path: string, subject: string, contract: { Body: new () => object; Request: new () => object }, summary: string, description?: string): RouteDeclaration {
  return {
    ...applications,
    name,
    method: 'POST',
    path: `api/disclosure/applications/:id/${path}`,
    permission: WRITERS,
    subject,
    convention: 'change',
    request: contract.Request,
    body: contract.Body,
    params: id,
    reply: ApplicationView,
    summary,
    ...(description ? { description } : {}),
    problems: [403, 404, 422],
  };
}

/** 依申请公开申请, owned by disclosure. */
export const applicationsRoutes: Record<string, RouteTable> = {
  DisclosureApplicationsController: [
    { ...applications, name: 'list', method: 'GET', path: 'api/disclosure/applications', permission: READERS, subject: ApplicationSubjects.list, convention: 'read', request: ListApplications.Request, query: ListApplications.Request, reply: ListApplications.Reply, summary: '依申请公开申请列表（分页、按状态筛选、名称或申请人中文模糊搜索、只看逾期）', description: '证件号码和联系电话遮蔽显示；单位联络员只能看到本单位的记录。' },
    { ...applications, name: 'get', method: 'GET', path: 'api/disclosure/applications/:id', permission: READERS, subject: ApplicationSubjects.get, convention: 'record-read', request: GetApplication.Request, params: id, reply: ApplicationView, summary: '依申请公开案卷：答复期限及计算说明、征求意见、延期、保密审查、答复、送达、复议诉讼和办理过程（ETag 为版本号）', problems: [404] },
    { ...applications, name: 'create', method: 'POST', path: 'api/disclosure/applications', permission: WRITERS, subject: ApplicationSubjects.create, convention: 'create', request: CreateApplication.Request, reply: ApplicationView, summary: '登记依申请公开申请：按提交方式确定收到申请之日（第三十一条），计算答复期限；须带 Idempotency-Key', problems: [403, 422] },
    { ...applications, name: 'update', method: 'PUT', path: 'api/disclosure/applications/:id', permission: WRITERS, subject: ApplicationSubjects.update, convention: 'change', request: UpdateApplication.Request, body: UpdateApplication.Body, params: id, reply: ApplicationView, summary: '修改申请的登记内容（办理中）；须带 If-Match', problems: [403, 404, 422] },
    step('withdraw', 'withdraw', ApplicationSubjects.withdraw, WithdrawApplication, '申请人撤回申请（须说明理由，不删除）；须带 If-Match'),
    step('requestCorrection', 'correction', ApplicationSubjects.requestCorrection, RequestCorrection, '一次性告知补正（收到申请后 7 个工作日内，第三十条），计时暂停；须带 If-Match'),
    step('supplement', 'supplement', ApplicationSubjects.supplement, SupplementApplication, '登记收到补正材料，答复期限自该日重新起算（第三十条）；须带 If-Match'),
    step('abandon', 'abandon', ApplicationSubjects.abandon, AbandonApplication, '补正期限届满未补正，视为放弃申请（第三十条）；须带 If-Match'),
    step('consult', 'consultations', ApplicationSubjects.consult, ConsultParty, '征求第三方（第三十二条）或其他机关（第三十四条）意见，15 个工作日，期间不计入答复期限；须带 If-Match'),
    step('recordOpinion', 'opinions', ApplicationSubjects.recordOpinion, RecordOpinion, '登记被征求意见方的意见（或期满未答复），次日恢复计时；须带 If-Match'),
    step('requestExtension', 'extension', ApplicationSubjects.requestExtension, RequestExtension, '申请延长答复期限 20 个工作日（第三十三条第二款，只能一次）；须带 If-Match'),
    step('decideExtension', 'extension/decision', ApplicationSubjects.decideExtension, DecideExtension, '信息公开工作机构负责人审批延期，并登记告知申请人之日；须带 If-Match', '只有大数据科（政务公开科）科长可以审批。'),
    step('reviewSecrecy', 'secrecy-review', ApplicationSubjects.reviewSecrecy, ReviewSecrecy, '保密审查（公开前必经）；须带 If-Match'),
    step('answer', 'answer', ApplicationSubjects.answer, AnswerApplication, '作出答复（第三十六、三十七条各类型），按国办函〔2020〕109号计算信息处理费；须带 If-Match', '予以公开、部分公开须先经保密审查并结论为可以公开。'),
    step('deliver', 'delivery', ApplicationSubjects.deliver, DeliverAnswer, '登记答复送达及送达凭证，办结；须带 If-Match'),
    step('fileChallenge', 'challenges', ApplicationSubjects.fileChallenge, FileChallenge, '登记针对本申请答复的行政复议或行政诉讼；须带 If-Match'),
    step('decideChallenge', 'challenges/decision', ApplicationSubjects.decideChallenge, DecideChallenge, '登记复议、诉讼结果（维持、纠正、其他）；须带 If-Match'),
    step('supervise', 'supervision', ApplicationSubjects.supervise, SuperviseApplication, '逾期（红灯）的申请转督查室督办（只能一次），写明主责单位、理由和要求；须带 If-Match', '只有大数据科（政务公开科）科长可以决定；答复期限届满之前、计时暂停时不能转办。'),
  ],
};
