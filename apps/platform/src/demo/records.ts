import { randomUUID } from 'node:crypto';
import { seedYearsFromChineseDays, shanghaiDate, WorkingCalendar } from '@gov/calendar';
import { DemoApiError, waitFor, type ApiAnswer, type GatewayClient } from './client.js';
import type { DemoAccounts } from './accounts.js';
import { disclosureDemoSteps } from './disclosure.js';
import { facilitiesAndVehiclesDemoSteps } from './facilities-and-vehicles.js';
import { foreignAffairsDemoSteps } from './foreign-affairs.js';
import { informationDemoSteps } from './information.js';
import { partyAffairsDemoSteps } from './party-affairs.js';
import { personnelFinanceDemoSteps } from './personnel-finance.js';

/** What a step of the demo needs: the API, the people, the units and today's date in Asia/Shanghai. */
export interface DemoContext {
  client: GatewayClient;
  accounts: DemoAccounts;
  /** Records made by earlier steps that later steps use (ids), kept in demo.json with the step. */
  refs: Record<string, string>;
  /** 1 on the first run of a step; more when a run stopped in the middle of it and it is done again. */
  attempt: number;
}

/** One step of the demo office; it returns the ids later steps need. Steps run in order; each is recorded once done. */
export interface DemoStep {
  name: string;
  run(ctx: DemoContext): Promise<Record<string, string>>;
}

type Body = Record<string, unknown> & { id: string; version: number };

export const today = () => shanghaiDate(new Date());
/** The date `days` calendar days from today (Asia/Shanghai). */
export const inDays = (days: number) => new Date(Date.parse(`${today()}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
let calendar: WorkingCalendar | undefined;
/** The `n`th working day after today (before it when negative), by the statutory calendar the platform seeds. */
export function workday(n: number): string {
  calendar ??= new WorkingCalendar(seedYearsFromChineseDays());
  let date = today();
  for (let left = Math.abs(n); left > 0; ) {
    date = new Date(Date.parse(`${date}T00:00:00Z`) + Math.sign(n) * 86_400_000).toISOString().slice(0, 10);
    if (calendar.isWorkingDay(date)) left--;
  }
  return date;
}
/** The first rest day (weekend or holiday, not a 调休 working day) at least `days` days from today. */
export function restDay(days: number): string {
  calendar ??= new WorkingCalendar(seedYearsFromChineseDays());
  for (let d = days; ; d++) if (calendar.isRestDay(inDays(d))) return inDays(d);
}
export const at = (date: string, time: string) => `${date}T${time}:00+08:00`;
export const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000).toISOString();

export const as = (ctx: DemoContext, username: string) => ctx.accounts.token(username);
export const unit = (ctx: DemoContext, code: string) => ctx.accounts.unitId(code);

/** Runs `call`, retrying only while a unit is not yet known to the service (bounded). */
export async function withUnits<T>(call: () => Promise<T>): Promise<T> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    try {
      return await call();
    } catch (error) {
      const unknownUnit = error instanceof DemoApiError && /UNKNOWN_UNIT/.test(JSON.stringify(error.problem));
      if (!unknownUnit || Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 300));
    }
  }
}

/** Waits for the 督办事项 supervision creates from an event (a 批示, a meeting's 议定事项, a 党组会's), bounded; `sourceId` may be the meeting's id. */
export async function itemsFrom(ctx: DemoContext, sourceId: string, expected: number): Promise<Body[]> {
  const token = await as(ctx, 'ducha_ky');
  return waitFor(`督办事项（来源 ${sourceId}）`, async () => {
    const res = await ctx.client.get<{ items: Body[] }>('/api/supervision/items', token, { sourceId, limit: 100 });
    return res.body.items.length >= expected ? res.body.items : undefined;
  });
}

/**
 * Waits for the 紧急事项 the duty office makes from another section's event (a 涉外案事件, an urgent 报送信息), so that
 * the office's counts are taken once every event of the seed has arrived.
 */
export async function urgentMatterFrom(ctx: DemoContext, sourceId: string): Promise<Body> {
  const token = await as(ctx, 'zonghe_ky');
  return waitFor(`紧急事项（来源 ${sourceId}）`, async () => {
    const res = await ctx.client.get<{ items: (Body & { source?: { id: string } | null })[] }>('/api/duty/urgent-matters', token, { limit: 100 });
    return res.body.items.find((item) => item.source?.id === sourceId);
  });
}

// ---- 收文 ----

async function registerIncoming(ctx: DemoContext, title: string, sourceBody: string, sourceLevel: string, originalNumber: string, urgency = 'normal', docType = '通知'): Promise<ApiAnswer<Body>> {
  return ctx.client.create<Body>('/api/documents/incoming', await as(ctx, 'wenmi_ky'), {
    title,
    sourceBody,
    sourceLevel,
    originalNumber,
    docType,
    urgency,
    pages: 4,
    receivedAt: minutesAgo(90),
    secrecyLevel: 0,
  });
}

async function incomingStep(ctx: DemoContext, doc: ApiAnswer<Body>, action: string, body: object, username = 'wenmi_ky'): Promise<ApiAnswer<Body>> {
  return ctx.client.change<Body>(`/api/documents/incoming/${doc.body.id}/${action}`, await as(ctx, username), doc.etag, body);
}

const incoming: DemoStep = {
  name: '收文',
  async run(ctx) {
    const yjj = await unit(ctx, 'BS-YJJ');
    const zjj = await unit(ctx, 'BS-ZJJ');
    const mayorId = ctx.accounts.idOf('quzhang');
    // 已登记（待初审）
    await registerIncoming(ctx, '关于报送2026年度安全生产工作总结的通知', '淄博市安全生产委员会办公室', 'city', '淄安办字〔2026〕41号');
    // 退回
    const returned = await registerIncoming(ctx, '关于商请协调解决辖区企业用地问题的函', '博山区山头街道办事处', 'town_street', '山办函〔2026〕5号', 'normal', '函');
    await incomingStep(ctx, returned, 'review', { decision: 'return', reason: '所涉事项属区自然资源局职责，请直接函告区自然资源局办理。' });
    // 已受理（待拟办）
    const accepted = await registerIncoming(ctx, '关于开展冬季供暖保障工作检查的通知', '淄博市住房和城乡建设局', 'city', '淄建字〔2026〕88号');
    await incomingStep(ctx, accepted, 'review', { decision: 'accept' });
    // 已拟办（待批办）
    const proposed = await registerIncoming(ctx, '关于做好2027年元旦春节期间有关工作的通知', '淄博市人民政府办公室', 'city', '淄政办字〔2026〕95号', 'urgent');
    const proposedAccepted = await incomingStep(ctx, proposed, 'review', { decision: 'accept' });
    await incomingStep(ctx, proposedAccepted, 'propose', { proposal: '拟请刘区长阅示，由区应急管理局牵头落实。', leaderUserId: mayorId, leaderName: '刘志强' });
    // 已批办（区长批示，批示生成督办事项）
    const instructed = await registerIncoming(ctx, '关于进一步加强森林防火工作的紧急通知', '山东省人民政府办公厅', 'province', '鲁政办发明电〔2026〕12号', 'urgent');
    const instructedAccepted = await incomingStep(ctx, instructed, 'review', { decision: 'accept' });
    await incomingStep(ctx, instructedAccepted, 'propose', { proposal: '拟请刘区长批示，区应急管理局牵头、区住建局配合。', leaderUserId: mayorId, leaderName: '刘志强' });
    // 分办中（含催办）
    const distributed = await registerIncoming(ctx, '关于开展城镇燃气安全专项整治的通知', '淄博市城镇燃气安全专项整治工作专班', 'city', '淄燃专班〔2026〕7号', 'urgent');
    let step = await incomingStep(ctx, distributed, 'review', { decision: 'accept' });
    step = await withUnits(() => incomingStep(ctx, step, 'distribute', { leadUnitId: zjj, coUnitIds: [yjj] }));
    await incomingStep(ctx, step, 'chase', { note: '请于本周五前报送排查台账' });
    // 已办结
    const completed = await registerIncoming(ctx, '关于报送重点项目建设进展情况的通知', '淄博市发展和改革委员会', 'city', '淄发改字〔2026〕130号');
    step = await incomingStep(ctx, completed, 'review', { decision: 'accept' });
    step = await withUnits(() => incomingStep(ctx, step, 'distribute', { leadUnitId: yjj }));
    const completedDone = await incomingStep(ctx, step, 'complete', { result: '区应急管理局已按期报送，文秘科已汇总上报市发改委。' });
    // 已答复
    const replied = await registerIncoming(ctx, '关于征求《淄博市数字政府建设三年行动方案》意见的函', '淄博市大数据局', 'city', '淄数函〔2026〕19号', 'normal', '函');
    step = await incomingStep(ctx, replied, 'review', { decision: 'accept' });
    step = await withUnits(() => incomingStep(ctx, step, 'distribute', { leadUnitId: zjj }));
    step = await incomingStep(ctx, step, 'complete', { result: '经研究，无修改意见。' });
    await incomingStep(ctx, step, 'reply', { method: 'letter', content: '经研究，我区对《行动方案》无修改意见。' });
    return { instructedIncoming: instructed.body.id, completedIncoming: completedDone.body.id, repliedIncoming: replied.body.id };
  },
};

// ---- 批示 → 督办 ----

const instructions: DemoStep = {
  name: '批示',
  async run(ctx) {
    const [yjj, zjj, jtj, st] = await Promise.all(['BS-YJJ', 'BS-ZJJ', 'BS-JTJ', 'BS-JD-ST'].map((code) => unit(ctx, code)));
    const instruct = (username: string, body: object) => withUnits(async () => ctx.client.create<Body>('/api/documents/instructions', await as(ctx, username), body));
    // 区长 on the 收文 awaiting 批办: green, due in six weeks.
    const onIncoming = await instruct('quzhang', {
      requestId: randomUUID(),
      sourceKind: 'incoming',
      sourceId: ctx.refs.instructedIncoming,
      text: '请区应急管理局牵头，区住建局配合，立即开展森林防火隐患排查，压实镇街属地责任，确保不发生重大火情。',
      leaderTitle: '区长',
      leadUnitId: yjj,
      coUnitIds: [zjj],
      dueDate: inDays(42),
    });
    // 副区长 on a report: due today, yellow.
    const dueToday = await instruct('fuquzhang', {
      requestId: randomUUID(),
      sourceKind: 'other',
      sourceTitle: '关于全区中小学校舍安全排查情况的报告',
      text: '请区教体局抓紧完成校舍安全隐患整改，今天内报送整改清单。',
      leaderTitle: '副区长',
      leadUnitId: jtj,
      coUnitIds: [],
      dueDate: today(),
    });
    // 常务副区长 on a report: the deadline passed twelve days ago, red.
    const overdue = await instruct('changwu', {
      requestId: randomUUID(),
      sourceKind: 'other',
      sourceTitle: '关于山头街道老旧小区改造进展情况的汇报',
      text: '请山头街道会同区住建局加快老旧小区改造进度，按月报送进展。',
      leaderTitle: '常务副区长',
      leadUnitId: st,
      coUnitIds: [zjj],
      dueDate: inDays(-12),
    });
    for (const instruction of [onIncoming, dueToday, overdue]) await itemsFrom(ctx, instruction.body.id, 1);
    // The 应急局 liaison acknowledges the 区长's item and reports progress.
    const [item] = await itemsFrom(ctx, onIncoming.body.id, 1);
    const liaison = await as(ctx, 'lly_yjj');
    const read = await ctx.client.get<Body>(`/api/supervision/items/${item.id}`, liaison);
    const ack = await ctx.client.change<Body>(`/api/supervision/items/${item.id}/acknowledge`, liaison, read.etag);
    await ctx.client.change(`/api/supervision/items/${item.id}/progress`, liaison, ack.etag, { content: '已组织全区12个镇街开展拉网式排查，发现隐患37处，已整改29处。' });
    return { mayorInstruction: onIncoming.body.id };
  },
};

// ---- 督办：上级交办、专项督查、销号 ----

const supervision: DemoStep = {
  name: '督办',
  async run(ctx) {
    const [yjj, st, zjj] = await Promise.all(['BS-YJJ', 'BS-JD-ST', 'BS-ZJJ'].map((code) => unit(ctx, code)));
    const ducha = await as(ctx, 'ducha_ky');
    const create = (body: object) => withUnits(() => ctx.client.create<Body>('/api/supervision/items', ducha, body));
    await create({
      kind: 'higher_assignment',
      higherLevel: 'city',
      reference: '淄督字〔2026〕23号',
      title: '落实市政府安全生产督查反馈问题整改',
      content: '对市督查组反馈的8个问题逐项整改，报送整改报告。',
      leaderName: '陈立新',
      leadUnitId: yjj,
      coUnitIds: [],
      dueDate: inDays(-5),
    });
    await create({
      kind: 'special_inspection',
      title: '城区道路积雪清扫专项督查',
      content: '降雪后2小时内完成主次干道清扫，督查室现场抽查。',
      leadUnitId: zjj,
      coUnitIds: [st],
      dueDate: inDays(30),
    });
    // 山头街道 reports completion and 督查室 closes it (销号).
    const closing = await create({
      kind: 'special_inspection',
      title: '山头街道背街小巷环境整治专项督查',
      content: '完成辖区背街小巷垃圾清运和路面修补。',
      leadUnitId: st,
      coUnitIds: [],
      dueDate: inDays(20),
    });
    const liaison = await as(ctx, 'lly_st');
    const ack = await ctx.client.change<Body>(`/api/supervision/items/${closing.body.id}/acknowledge`, liaison, closing.etag);
    const done = await ctx.client.change<Body>(`/api/supervision/items/${closing.body.id}/completion`, liaison, ack.etag, { content: '已完成背街小巷46条整治，垃圾清运1200余吨。' });
    await ctx.client.change(`/api/supervision/items/${closing.body.id}/verification`, ducha, done.etag, { decision: 'close' });
    return {};
  },
};

// ---- 发文 ----

const outgoing: DemoStep = {
  name: '发文',
  async run(ctx) {
    const units = await Promise.all(['BS-YJJ', 'BS-ZJJ', 'BS-JTJ', 'BS-JD-ST'].map((code) => unit(ctx, code)));
    const drafter = await as(ctx, 'zonghe_ky');
    const wenmi = await as(ctx, 'wenmi_ky');
    const director = await as(ctx, 'zhuren');
    const draft = (title: string, body: string) =>
      withUnits(() =>
        ctx.client.create<Body>('/api/documents/outgoing', drafter, {
          agencyCode: '博政办发',
          docType: '通知',
          title,
          mainRecipients: units.map((unitId) => ({ unitId })),
          copyRecipients: [],
          secrecyLevel: 0,
          body,
        }),
      );
    // One still being drafted.
    await draft('博山区人民政府办公室关于做好2027年春运工作的通知（征求意见稿）', '各镇人民政府、街道办事处，区政府各部门：\n为做好2027年春运工作，现将有关事项通知如下。');
    // One issued with its 文号.
    const created = await draft(
      '博山区人民政府办公室关于做好2027年元旦春节期间值班工作的通知',
      '各镇人民政府、街道办事处，区政府各部门：\n现就做好元旦春节期间值班工作通知如下：\n一、严格执行24小时值班和领导带班制度。\n二、及时报告突发事件信息。',
    );
    const id = created.body.id;
    const step = (etag: string, path: string, token: string, body: object = {}, method: 'POST' | 'PUT' = 'POST') =>
      ctx.client.change<Body>(`/api/documents/outgoing/${id}/${path}`, token, etag, body, method);
    let res = await step(created.etag, 'submit', drafter);
    res = await step(res.etag, 'review', wenmi);
    res = await step(res.etag, 'sign', director, { leaderTitle: '办公室主任', opinion: '同意印发' });
    res = await step(res.etag, 'number', wenmi);
    res = await step(res.etag, 'print', wenmi, { quantity: 30, securePlace: false });
    const seal = await sealOf(ctx, wenmi, '博山区人民政府办公室');
    const asked = await ctx.client.create<Body>('/api/documents/seal-requests', wenmi, { sealId: seal.body.id, purpose: '元旦春节值班通知用印', outgoingDocumentId: id, copies: 30 });
    const approved = await ctx.client.change<Body>(`/api/documents/seal-requests/${asked.body.id}/decision`, director, asked.etag, { approve: true });
    const used = await ctx.client.change<{ use: { id: string } }>(`/api/documents/seal-requests/${asked.body.id}/uses`, wenmi, approved.etag, { impressions: 30 });
    res = await step(res.etag, 'seal', wenmi, { sealUseId: used.body.use.id });
    res = await step(res.etag, 'disclosure', wenmi, { disclosure: 'proactive' }, 'PUT');
    await step(res.etag, 'issue', wenmi);
    return { issuedOutgoing: id };
  },
};

/** The office's seal: registered once; a step done again finds it (only one seal in use may bear a name). */
async function sealOf(ctx: DemoContext, token: string, name: string): Promise<ApiAnswer<Body>> {
  const created = await ctx.client.call<Body>('POST', '/api/documents/seals', { name, kind: 'official', keeperName: '吴倩' }, { token, idempotencyKey: randomUUID(), accept: [409] });
  if (created.status !== 409) return created;
  const listed = await ctx.client.get<{ items: (Body & { name: string })[] }>('/api/documents/seals', token, { limit: 100 });
  const seal = listed.body.items.find((s) => s.name === name);
  if (!seal) throw new DemoApiError('POST /api/documents/seals', created.status, created.body);
  return { status: 200, etag: `W/"${seal.version}"`, body: seal };
}

// ---- 会议与议定事项 ----

const meeting: DemoStep = {
  name: '会议',
  async run(ctx) {
    const [yjj, zjj, st, jtj] = await Promise.all(['BS-YJJ', 'BS-ZJJ', 'BS-JD-ST', 'BS-JTJ'].map((code) => unit(ctx, code)));
    const zonghe = await as(ctx, 'zonghe_ky');
    const day = inDays(-1);
    const created = await withUnits(() =>
      ctx.client.create<Body>('/api/meetings', zonghe, {
        kind: 'executive',
        classCode: 'class_one',
        title: '区政府第28次常务会议',
        startsAt: at(day, '09:00'),
        endsAt: at(day, '11:30'),
        chair: { userId: ctx.accounts.idOf('quzhang'), name: '刘志强' },
        leaders: [],
        attendeeUnitIds: [yjj, zjj, st, jtj],
      }),
    );
    const id = created.body.id;
    const step = async (path: string, etag: string, body: object, token = zonghe) => ctx.client.change<Body>(`/api/meetings/${id}/${path}`, token, etag, body);
    let res = await step('submit', created.etag, {});
    res = await step('approval', res.etag, { approved: true, comment: '同意召开' }, await as(ctx, 'quzhang'));
    res = await step('notice', res.etag, { text: '请各单位主要负责同志准时参会，汇报材料会前一天报综合科。' });
    res = await step('decisions', res.etag, { content: '区住建局牵头制定2027年城区老旧小区改造计划，山头街道配合摸底。', leadUnitId: zjj, coUnitIds: [st], dueDate: inDays(40) });
    res = await step('decisions', res.etag, { content: '区应急管理局牵头开展岁末年初安全生产大检查。', leadUnitId: yjj, dueDate: inDays(14) });
    await step('minutes', res.etag, { minutesNumber: `博政纪〔${today().slice(0, 4)}〕28号`, summary: '会议研究了城市更新和安全生产工作，议定以下事项。' });
    await itemsFrom(ctx, id, 2);
    return { meeting: id };
  },
};

// ---- 值班 ----

const duty: DemoStep = {
  name: '值班',
  async run(ctx) {
    const zonghe = await as(ctx, 'zonghe_ky');
    const yjj = await unit(ctx, 'BS-YJJ');
    for (const [offset, leaderName, officers] of [
      [0, '孙建国', ['张悦', '李明']],
      [1, '陈立新', ['张悦', '高洁']],
      [2, '赵红梅', ['李明', '高洁']],
    ] as const) {
      const res = await ctx.client.call('POST', '/api/duty/roster', { dutyDate: inDays(offset), leaderName, officerNames: officers }, { token: zonghe, idempotencyKey: randomUUID(), accept: [409, 422] });
      if (res.status >= 300) throw new DemoApiError('POST /api/duty/roster', res.status, res.body);
    }
    const receivedAt = minutesAgo(25);
    const matter = await withUnits(() =>
      ctx.client.create<Body>('/api/duty/urgent-matters', zonghe, {
        title: '石马镇一化工企业储罐泄漏',
        level: 'large',
        occurredAt: receivedAt,
        receivedAt,
        unitId: yjj,
        summary: '企业已关阀止漏，周边200米内群众已疏散，无人员伤亡。',
      }),
    );
    await ctx.client.change(`/api/duty/urgent-matters/${matter.body.id}/reports`, zonghe, matter.etag, {
      stage: 'initial',
      channel: 'phone',
      reportedAt: new Date().toISOString(),
      leaderName: '刘志强',
      content: '电话初报：泄漏已控制，应急局、石马镇在现场处置。',
    });
    await ctx.client.create('/api/duty/log', zonghe, { kind: 'report', title: '城西街道报告一处路面塌陷', summary: '已设置围挡，无人员伤亡，住建局正在抢修。', receivedAt: minutesAgo(120) });
    return {};
  },
};

// ---- 舆情 ----

const opinion: DemoStep = {
  name: '舆情',
  async run(ctx) {
    const zonghe = await as(ctx, 'zonghe_ky');
    const zjj = await unit(ctx, 'BS-ZJJ');
    const handled = await ctx.client.create<Body>('/api/opinion/items', zonghe, {
      title: '网传城区某小区冬季供暖温度不达标',
      source: 'social_media',
      level: 'important',
      summary: '多名居民在微信群反映室温不足16摄氏度。',
      foundAt: minutesAgo(300),
    });
    const assigned = await withUnits(() => ctx.client.change<Body>(`/api/opinion/items/${handled.body.id}/assign`, zonghe, handled.etag, { unitId: zjj }));
    const answered = await ctx.client.change<Body>(`/api/opinion/items/${handled.body.id}/response`, await as(ctx, 'lly_zjj'), assigned.etag, {
      response: '已联系供热公司入户测温并调整管网压力，室温已达18摄氏度，已在小区群内回复。',
    });
    await ctx.client.change(`/api/opinion/items/${handled.body.id}/review`, zonghe, answered.etag, { result: 'accepted' });
    await ctx.client.create('/api/opinion/items', zonghe, {
      title: '网民反映博山镇某路段路灯夜间不亮',
      source: 'hotline',
      level: 'general',
      summary: '12345热线转来，反映路灯损坏已一周。',
      foundAt: minutesAgo(60),
    });
    return {};
  },
};

// ---- 建议提案 ----

const suggestions: DemoStep = {
  name: '建议提案',
  async run(ctx) {
    const ducha = await as(ctx, 'ducha_ky');
    const [jtj, zjj] = await Promise.all(['BS-JTJ', 'BS-ZJJ'].map((code) => unit(ctx, code)));
    const register = (body: object) => ctx.client.create<Body>('/api/suggestions', ducha, body);
    const handle = async (created: ApiAnswer<Body>, unitId: string, liaisonName: string, category: string, content: string) => {
      const assigned = await withUnits(() => ctx.client.change<Body>(`/api/suggestions/${created.body.id}/assign`, ducha, created.etag, { units: [{ unitId, role: 'host' }] }));
      const liaison = await as(ctx, liaisonName);
      const contacted = await ctx.client.change<Body>(`/api/suggestions/${created.body.id}/contacts`, liaison, assigned.etag, {
        contactedOn: today(),
        method: 'phone',
        contactPerson: '办理科室负责人',
        summary: '电话沟通办理思路，听取代表委员意见。',
      });
      return ctx.client.change<Body>(`/api/suggestions/${created.body.id}/replies`, liaison, contacted.etag, { category, content });
    };
    const proposal = await register({
      kind: 'cppcc_proposal',
      session: '区政协十五届',
      meeting: '第四次会议',
      number: String(58 + 100 * (ctx.attempt - 1)),
      proposer: '孙丽华委员',
      coSigners: ['周国栋委员'],
      title: '关于改善城区学校周边交通秩序的提案',
      content: '建议在上下学时段增设护学岗，优化学校周边停车。',
    });
    const replied = await handle(proposal, jtj, 'lly_jtj', 'B', '已会同公安交警在城区12所学校设立护学岗，停车位改造列入明年计划。');
    await ctx.client.change(`/api/suggestions/${proposal.body.id}/feedback`, ducha, replied.etag, { unitId: jtj, satisfaction: 'satisfied', receivedOn: today() });
    const suggestion = await register({
      kind: 'npc_suggestion',
      session: '区十八届人大',
      meeting: '第五次会议',
      number: String(12 + 100 * (ctx.attempt - 1)),
      proposer: '王德明代表',
      coSigners: [],
      title: '关于加快老旧小区加装电梯的建议',
      content: '建议简化审批流程，加大财政补贴力度。',
    });
    await handle(suggestion, zjj, 'lly_zjj', 'A', '已出台加装电梯补贴办法，今年完成加装36部。');
    return {};
  },
};

// ---- 放管服改革台账 ----

const reform: DemoStep = {
  name: '放管服改革台账',
  async run(ctx) {
    const zhineng = await as(ctx, 'zhineng_ky');
    const [zjj, jtj, st] = await Promise.all(['BS-ZJJ', 'BS-JTJ', 'BS-JD-ST'].map((code) => unit(ctx, code)));
    const task = (body: object) => withUnits(() => ctx.client.create<Body>('/api/reform/tasks', zhineng, body));
    const permits = await task({
      title: '工程建设项目审批“一网通办”',
      category: 'yicibanhao',
      workGroup: '审批服务功能组',
      description: '工程建设项目审批全流程网上办理，审批时限压减至 40 个工作日以内。',
      leadUnitId: zjj,
      coUnitIds: [st],
      assignedOn: inDays(-40),
      period: { amount: 3, unit: 'months' },
    });
    await ctx.client.create(`/api/reform/tasks/${permits.body.id}/progress`, await as(ctx, 'lly_zjj'), { reportedOn: inDays(-10), percent: 60, progress: '已完成流程再造，网上申报系统进入试运行。' });
    await ctx.client.create(`/api/reform/tasks/${permits.body.id}/progress`, await as(ctx, 'lly_st'), { reportedOn: inDays(-3), progress: '街道帮办代办窗口已开设，配合开展政策宣传。' });
    const enrolment = await task({
      title: '义务教育入学“一次办好”',
      category: 'fangguanfu',
      workGroup: '“一件事”专题组',
      description: '入学报名材料压减一半，实现网上报名、一次办结。',
      leadUnitId: jtj,
      coUnitIds: [],
      assignedOn: inDays(-60),
      period: { amount: 20, unit: 'working_days' },
    });
    await ctx.client.change(`/api/reform/tasks/${enrolment.body.id}/close`, zhineng, enrolment.etag, { outcome: 'completed', note: '入学报名材料由 8 项压减为 4 项，网上报名已上线。' });
    await ctx.client.create('/api/reform/evaluations', zhineng, { unitId: jtj, evaluator: '山东省“一次办好”第三方评估机构', evaluatedOn: inDays(-5), score: 92.5, findings: '办事群众满意度高，线上线下标准统一。' });
    return {};
  },
};

// ---- 归档 ----

const archives: DemoStep = {
  name: '归档',
  async run(ctx) {
    const wenmi = await as(ctx, 'wenmi_ky');
    const upload = async (label: string) => {
      const res = await ctx.client.create<{ id: string; sha256: string }>('/api/documents/files', wenmi, {
        filename: `${label}.pdf`,
        mediaType: 'application/pdf',
        contentBase64: Buffer.from(`%PDF-1.4\n% 演示文件：${label}\n`).toString('base64'),
      });
      return { fileId: res.body.id, sha256: res.body.sha256 };
    };
    const parts = async (label: string) => ({ original: await upload(`${label}（正本）`), finalDraft: await upload(`${label}（定稿）`), processingSheet: await upload(`${label}（处理单）`) });
    // Filed by a run that stopped before recording the step: ARCHIVE.ALREADY_FILED (409) means it is done.
    const filed = await ctx.client.call('POST', '/api/documents/archives/items', {
      year: Number(today().slice(0, 4)),
      retention: 'D30',
      organizationCode: 'WMK',
      items: [
        { sourceKind: 'incoming', sourceId: ctx.refs.repliedIncoming, responsible: '淄博市大数据局', documentDate: today(), pages: 4, ...(await parts('征求意见函')) },
        { sourceKind: 'outgoing', sourceId: ctx.refs.issuedOutgoing, responsible: '博山区人民政府办公室', documentDate: today(), pages: 3, ...(await parts('值班工作通知')) },
      ],
    }, { token: wenmi, idempotencyKey: randomUUID(), accept: [409] });
    if (filed.status === 409 && filed.body.code !== 'ARCHIVE.ALREADY_FILED') throw new DemoApiError('POST /api/documents/archives/items', filed.status, filed.body);
    return {};
  },
};

/** The demo office's records, section by section. Future sections add their step here. */
export const DEMO_STEPS: DemoStep[] = [
  incoming,
  instructions,
  supervision,
  outgoing,
  meeting,
  duty,
  opinion,
  suggestions,
  reform,
  archives,
  ...disclosureDemoSteps,
  ...informationDemoSteps,
  ...personnelFinanceDemoSteps,
  ...facilitiesAndVehiclesDemoSteps,
  ...foreignAffairsDemoSteps,
  ...partyAffairsDemoSteps,
];
