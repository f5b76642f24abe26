import { as, inDays, unit, type DemoContext, type DemoStep } from './records.js';

type Body = Record<string, unknown> & { id: string; version: number; consultations?: { id: string }[]; challenges?: { id: string }[] };
type Answer = { body: Body; etag: string };

const APPLICATIONS = '/api/disclosure/applications';
const PUBLICATIONS = '/api/disclosure/publications';
const PROJECTS = '/api/disclosure/projects';
const INSPECTIONS = '/api/disclosure/inspections';
const GUIDES = '/api/disclosure/guides';

/** A demo 身份证号 with a valid shape (not a real person's). */
const idNumber = (n: number) => `37030419${80 + (n % 20)}0${(n % 9) + 1}1${n % 10}${String(100 + n).slice(-3)}${n % 10}`.slice(0, 18);

function intake(n: number, title: string, over: Record<string, unknown> = {}) {
  return {
    title,
    content: `申请人请求公开：${title}。`,
    channel: 'in_person',
    submittedOn: inDays(-3),
    applicantType: 'natural_person',
    applicantName: ['张某某', '李某', '王某某', '赵某', '陈某某', '孙某', '周某某', '吴某', '郑某某', '冯某'][n % 10],
    idNumber: idNumber(n),
    phone: `1380000${String(1000 + n).slice(-4)}`,
    ...over,
  };
}

/** The demo steps of 依申请公开 (disclosure), made through the gateway's routes, in every interesting state. */
export const disclosureDemoSteps: DemoStep[] = [
  {
    name: '政务公开：依申请公开案件（办理中、待补正、征求意见暂停计时、延期审批、已延期、已答复、已办结并复议、视为放弃、逾期、撤回）',
    async run(ctx: DemoContext) {
      const staff = await as(ctx, 'dashuju_ky');
      const chief = await as(ctx, 'dashuju_kz');
      const register = (n: number, title: string, over: Record<string, unknown> = {}) => ctx.client.create<Body>(APPLICATIONS, staff, intake(n, title, over));
      const step = (a: Answer, path: string, body: object, token = staff) => ctx.client.change<Body>(`${APPLICATIONS}/${a.body.id}/${path}`, token, a.etag, body);

      // 办理中: received three days ago in person.
      await register(1, '2025年度区级财政专项资金分配情况');

      // 待补正: online, confirmed the next day; one notice listing everything.
      const unclear = await register(2, '关于某小区规划的文件', { channel: 'online', submittedOn: inDays(-6), confirmedOn: inDays(-5) });
      await step(unclear, 'correction', { noticeOn: inDays(-4), items: '请明确所需信息的名称或文号、形成时间，并提供身份证明复印件', workingDays: 15 });

      // 征求第三方意见: the clock is stopped.
      const thirdParty = await register(3, '某企业环境影响评价报告', { applicantType: 'public_interest', applicantName: '某环保公益组织', idNumber: '52370304MJ0000001X', submittedOn: inDays(-10) });
      await step(thirdParty, 'consultations', { kind: 'third_party', party: '淄博某化工有限公司', sentOn: inDays(-6) });

      // 延期待审批 (a 待办 for the chief), and one already extended with the notice to the applicant.
      const asking = await register(4, '2024年度征地补偿款发放明细', { channel: 'registered_post', submittedOn: inDays(-27), signedOn: inDays(-24) });
      await step(asking, 'extension', { reason: '涉及多个镇街，需逐一调取档案' });
      const extending = await register(5, '区属国有企业负责人薪酬信息', { channel: 'registered_post', submittedOn: inDays(-27), signedOn: inDays(-25) });
      const requested = await step(extending, 'extension', { reason: '需征求区国资中心意见' });
      await step(requested, 'extension/decision', { approve: true, noticeOn: inDays(0) }, chief);

      // 已答复待送达: partial disclosure after a cleared 保密审查, with the 信息处理费 by pages.
      const partial = await register(6, '某片区棚户区改造项目审批材料', { applicantType: 'commercial', applicantName: '淄博某置业有限公司', idNumber: '91370304MA3C00001X', submittedOn: inDays(-15), phone: undefined });
      const reviewed = await step(partial, 'secrecy-review', { conclusion: 'cleared', reviewedOn: inDays(-2), note: '已删除涉及个人隐私的内容' });
      await step(reviewed, 'answer', { answerCode: 'partial', answeredOn: inDays(-1), answerText: '涉及第三方个人信息部分不予公开，其余部分予以公开', feeMethod: 'by_pages', pages: 120 });

      // 已办结: 本机关不掌握, delivered with proof, then a 行政复议 still pending.
      const notHeld = await register(7, '某村土地承包合同', { submittedOn: inDays(-30) });
      const answered = await step(notHeld, 'answer', { answerCode: 'unavailable_not_held', answeredOn: inDays(-10), answerText: '经检索，本机关未制作或获取该信息', referral: '博山镇人民政府，联系电话 0533-4100000' });
      const delivered = await step(answered, 'delivery', { method: 'post', deliveredOn: inDays(-9), proof: 'EMS 1100000000001' });
      await step(delivered, 'challenges', { kind: 'review', body: '淄博市博山区人民政府', filedOn: inDays(-5) });

      // 视为放弃: the supplement never came.
      const silent = await register(8, '某项目招投标文件', { submittedOn: inDays(-45) });
      const noticed = await step(silent, 'correction', { noticeOn: inDays(-44), items: '请说明所需信息的具体名称', workingDays: 5 });
      await step(noticed, 'abandon', { decidedOn: inDays(0), reason: '申请人无正当理由逾期未补正' });

      // 逾期: received long ago and still open (red).
      await register(9, '区政府常务会议纪要（某次）', { submittedOn: inDays(-40) });

      // 申请人撤回.
      const withdrawing = await register(10, '某道路改造工程决算');
      await step(withdrawing, 'withdraw', { reason: '申请人来电表示已通过其他途径获取' });
      return { disclosurePaused: thirdParty.body.id, disclosureAnswered: partial.body.id };
    },
  },
  {
    name: '政务公开：主动公开队列与公开目录（待审查逾期、已公开、已撤回、不予发布）',
    async run(ctx: DemoContext) {
      const staff = await as(ctx, 'dashuju_ky');
      const register = (title: string, category: string, madeOn: string) => ctx.client.create<Body>(PUBLICATIONS, staff, { title, content: `${title}（摘要）`, category, madeOn });
      const step = (a: Answer, path: string, body: object) => ctx.client.change<Body>(`${PUBLICATIONS}/${a.body.id}/${path}`, staff, a.etag, body);

      await register('博山区2025年政府信息公开工作年度报告', 'announcement', inDays(-40));
      await register('区政府关于调整部分行政许可事项的通知', 'policy_document', inDays(-2));
      const budget = await register('2026年区级部门预算', 'finance', inDays(-10));
      const cleared = await step(budget, 'review', { conclusion: 'cleared', reviewedOn: inDays(-8) });
      await step(cleared, 'publish', { publishedOn: inDays(-7), url: 'http://www.boshan.gov.cn/gongkai/yusuan2026' });
      const plan = await register('数字博山建设三年行动计划', 'plan', inDays(-20));
      const planCleared = await step(plan, 'review', { conclusion: 'cleared', reviewedOn: inDays(-18) });
      const planPublished = await step(planCleared, 'publish', { publishedOn: inDays(-17) });
      await step(planPublished, 'withdraw', { reason: '计划已修订，以新版本为准' });
      const internal = await register('区政府办公室内部会议安排', 'other', inDays(-5));
      await step(internal, 'review', { conclusion: 'not_cleared', reviewedOn: inDays(-4), note: '属于内部事务信息，不予主动公开' });
      return { disclosurePublication: budget.body.id };
    },
  },
  {
    name: '政务公开：信息化项目（待审核、退回修改、实施中逾期并有监督记录、验收不通过后通过、已评估、撤回）',
    async run(ctx: DemoContext) {
      const staff = await as(ctx, 'dashuju_ky');
      const liaison = await as(ctx, 'lly_yjj');
      const today = inDays(0);
      const submit = (title: string, kind: string, budgetYuan: number, plannedStartOn: string, plannedEndOn: string, token = staff) =>
        ctx.client.create<Body>(PROJECTS, token, { title, kind, content: `${title}：建设内容、技术路线和预算测算见申报书。`, budgetYuan, plannedStartOn, plannedEndOn });
      const step = (a: Answer, path: string, body: object, token = staff) => ctx.client.change<Body>(`${PROJECTS}/${a.body.id}/${path}`, token, a.etag, body);

      // 待审核: a unit's application by its liaison.
      await submit('应急指挥调度系统扩容', 'e_government', 860_000, inDays(30), inDays(300), liaison);
      // 退回修改 with the reason (back to the unit).
      const returned = await submit('危化品企业在线监测平台', 'smart_city', 2_400_000, inDays(20), inDays(400), liaison);
      await step(returned, 'review', { decision: 'returned', reviewedOn: today, opinion: '与市级平台功能重复，请说明差异并压减预算' });
      // 实施中, past its planned completion (red), with two supervision records.
      const late = await submit('区级政务数据共享交换平台二期', 'data', 1_500_000, inDays(-300), inDays(-10));
      const approved = await step(late, 'review', { decision: 'approved', reviewedOn: today, opinion: '同意实施' });
      const first = await step(approved, 'supervise', { recordedOn: today, progress: '完成 12 个部门的数据目录梳理', issues: '3 个部门接口未按期开放', progressPercent: 60 });
      await step(first, 'supervise', { recordedOn: today, progress: '共享交换节点部署完毕', progressPercent: 85 });
      // 验收不通过, then 验收通过, then 绩效评价 (良).
      const built = await submit('一网通办政务服务平台升级', 'e_government', 1_200_000, inDays(-200), inDays(30));
      const building = await step(built, 'review', { decision: 'approved', reviewedOn: today });
      const failed = await step(building, 'accept', { acceptedOn: today, result: 'failed', experts: ['刘建国', '陈晓梅'], opinion: '等保测评报告未出具，整改后复验' });
      const passed = await step(failed, 'accept', { acceptedOn: today, result: 'passed', experts: ['刘建国', '陈晓梅', '王立新'], opinion: '功能和性能满足合同要求' });
      await step(passed, 'evaluate', { evaluatedOn: today, score: 86, opinion: '目标基本实现，部分指标未达预期' });
      // 撤回 with a reason.
      const dropped = await submit('智慧停车试点', 'smart_city', 500_000, inDays(10), inDays(200));
      await step(dropped, 'withdraw', { reason: '并入全市智慧停车统一建设' });
      return { disclosureProject: late.body.id };
    },
  },
  {
    name: '政务公开：公开巡查（整改中、逾期未整改、已整改、未发现问题）与政府信息公开指南（两个版本）',
    async run(ctx: DemoContext) {
      const staff = await as(ctx, 'dashuju_ky');
      const liaison = await as(ctx, 'lly_yjj');
      const [yjj, zjj, jtj] = [await unit(ctx, 'BS-YJJ'), await unit(ctx, 'BS-ZJJ'), await unit(ctx, 'BS-JTJ')];
      const inspect = (unitId: string, title: string, inspectedOn: string, content: string, workingDays?: number) =>
        ctx.client.create<Body>(INSPECTIONS, staff, { unitId, title, inspectedOn, content, ...(workingDays ? { workingDays } : {}), url: 'http://www.boshan.gov.cn/gongkai/' });

      // 整改中: due in a few working days (a unit's 待整改).
      await inspect(yjj, '区应急管理局 政府信息公开专栏', inDays(-2), '1. 公开指南未更新办公地址和受理时间；2. 安全生产行政处罚信息未在 7 个工作日内公开', 10);
      // 逾期未整改 (red).
      await inspect(zjj, '区住房和城乡建设局 公开目录', inDays(-40), '公开目录中 2025 年规范性文件缺少有效性标注', 10);
      // 已整改 by the unit's liaison, within the period.
      const fixed = await inspect(yjj, '区应急管理局 政策解读栏目', inDays(-20), '政策解读栏目超过 6 个月未更新', 10);
      await ctx.client.change<Body>(`${INSPECTIONS}/${fixed.body.id}/rectify`, liaison, fixed.etag, { rectifiedOn: inDays(-15), note: '已补发《安全生产专项整治实施方案》等 3 篇政策解读' });
      // 未发现问题.
      await inspect(jtj, '区教育和体育局 政府信息公开专栏', inDays(-5), '');

      // 公开指南: the office's, revised once (two versions).
      const guide = await ctx.client.create<Body>(GUIDES, staff, {
        title: '博山区人民政府办公室政府信息公开指南',
        effectiveOn: '2024-01-01',
        content: '一、主动公开：本机关主动公开的政府信息通过区政府门户网站“政府信息公开”专栏公开。二、依申请公开：申请人可通过当面、信函、互联网提出申请。受理机构：区政府办公室大数据科，办公地址：博山区中心路 1 号，办公时间：工作日 8:30—12:00、14:00—17:30。',
      });
      await ctx.client.change<Body>(`${GUIDES}/${guide.body.id}/revise`, staff, guide.etag, {
        effectiveOn: '2026-03-01',
        changeNote: '受理机构迁至新址，增加政务服务网申请渠道',
        content: '一、主动公开：本机关主动公开的政府信息通过区政府门户网站“政府信息公开”专栏公开。二、依申请公开：申请人可通过当面、信函、互联网（含政务服务网）提出申请。受理机构：区政府办公室大数据科，办公地址：博山区人民路 8 号，办公时间：工作日 8:30—12:00、14:00—17:30。',
      });
      return {};
    },
  },
];
