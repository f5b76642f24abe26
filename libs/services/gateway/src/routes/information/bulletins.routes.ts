import {
  BulletinSubjects,
  BulletinView,
  CreateBulletin,
  ExportBulletinList,
  GetBulletin,
  ListBulletins,
  RenderBulletinPdf,
  ReviewBulletin,
  SendBackBulletin,
  SignBulletin,
  SubmitBulletin,
  UpdateBulletin,
  WithdrawBulletin,
  InformationPermissions as P,
} from '@gov/contracts-information';
import type { RouteTable } from '../route-declaration.js';

const READERS = [P.bulletinsRead, P.bulletinsManage, P.bulletinsSign] as const;
const SECTION = [P.bulletinsManage] as const;
const SEND_BACK = [P.bulletinsManage, P.bulletinsSign] as const;

const bulletins = { tag: '政务信息：《博山政务信息》', service: 'information' } as const;
const ID = { id: { format: 'uuid' } } as const;

/** 《博山政务信息》, owned by information. */
export const bulletinsRoutes: Record<string, RouteTable> = {
  InformationBulletinsController: [
    { ...bulletins, name: 'list', method: 'GET', path: 'api/information/bulletins', permission: READERS, subject: BulletinSubjects.list, convention: 'read', request: ListBulletins.Request, query: ListBulletins.Request, reply: ListBulletins.Reply, summary: '期刊列表（按状态、种类、年度筛选）', description: '区领导只看到已签发的期刊；签发人看到送审后的期刊。' },
    { ...bulletins, name: 'exportList', method: 'GET', path: 'api/information/bulletins/catalogue.xlsx', permission: READERS, subject: BulletinSubjects.exportList, convention: 'download', request: ExportBulletinList.Request, query: ExportBulletinList.Request, download: { produces: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', description: '电子表格文件', asciiFilename: true }, summary: '导出年度期刊目录（.xlsx）', description: '列：期号、种类、专题、签发日期、签发人、条数、篇目。' },
    { ...bulletins, name: 'get', method: 'GET', path: 'api/information/bulletins/:id', permission: READERS, subject: BulletinSubjects.get, convention: 'record-read', request: GetBulletin.Request, params: ID, reply: BulletinView, summary: '期刊详情（ETag 为版本号）', problems: [404] },
    { ...bulletins, name: 'pdf', method: 'GET', path: 'api/information/bulletins/:id/pdf', permission: READERS, subject: BulletinSubjects.pdf, convention: 'download', request: RenderBulletinPdf.Request, params: ID, download: { produces: 'application/pdf', description: 'PDF 文件' }, summary: '打印版期刊（《博山政务信息》版式 PDF）', description: 'A4，版心同公文（156 mm × 225 mm，正文 3 号仿宋每行 28 字）：红色刊头“博山政务信息”、期号、“博山区人民政府办公室编”和签发日期、红色分隔线；编者按；各条信息的标题、正文和报送单位；末页分送；“— 1 —”式页码。未签发的期刊加“未签发”水印。字体替代同公文 PDF。', problems: [404, 503] },
    { ...bulletins, name: 'create', method: 'POST', path: 'api/information/bulletins', permission: SECTION, subject: BulletinSubjects.create, convention: 'create', request: CreateBulletin.Request, reply: BulletinView, summary: '新编一期（从已采纳的信息中选编）；须带 Idempotency-Key', problems: [422] },
    { ...bulletins, name: 'update', method: 'PUT', path: 'api/information/bulletins/:id', permission: SECTION, subject: BulletinSubjects.update, convention: 'change', request: UpdateBulletin.Request, body: UpdateBulletin.Body, params: ID, reply: BulletinView, summary: '修改编排（仅编辑中）；须带 If-Match', problems: [404, 422] },
    { ...bulletins, name: 'submit', method: 'POST', path: 'api/information/bulletins/:id/submit', permission: SECTION, subject: BulletinSubjects.submit, convention: 'change', request: SubmitBulletin.Request, body: SubmitBulletin.Body, params: ID, reply: BulletinView, summary: '送科长审核；须带 If-Match', problems: [404, 422] },
    { ...bulletins, name: 'review', method: 'POST', path: 'api/information/bulletins/:id/review', permission: SECTION, subject: BulletinSubjects.review, convention: 'change', request: ReviewBulletin.Request, body: ReviewBulletin.Body, params: ID, reply: BulletinView, summary: '科长审核通过；须带 If-Match', problems: [404, 422] },
    { ...bulletins, name: 'sendBack', method: 'POST', path: 'api/information/bulletins/:id/send-back', permission: SEND_BACK, subject: BulletinSubjects.sendBack, convention: 'change', request: SendBackBulletin.Request, body: SendBackBulletin.Body, params: ID, reply: BulletinView, summary: '退回修改（须说明理由）；须带 If-Match', problems: [404, 422] },
    { ...bulletins, name: 'sign', method: 'POST', path: 'api/information/bulletins/:id/sign', permission: [P.bulletinsSign], subject: BulletinSubjects.sign, convention: 'change', request: SignBulletin.Request, body: SignBulletin.Body, params: ID, reply: BulletinView, summary: '签发（编定期号，按年度、种类连续；稿件定稿并登记区刊采用；此后不可更改）；须带 If-Match', problems: [404, 422] },
    { ...bulletins, name: 'withdraw', method: 'POST', path: 'api/information/bulletins/:id/withdraw', permission: SECTION, subject: BulletinSubjects.withdraw, convention: 'change', request: WithdrawBulletin.Request, body: WithdrawBulletin.Body, params: ID, reply: BulletinView, summary: '撤回（仅编辑中，须说明理由，不删除）；须带 If-Match', problems: [404, 422] },
  ],
};
