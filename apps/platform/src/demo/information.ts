import { waitFor } from './client.js';
import { as, inDays, today, unit, urgentMatterFrom, withUnits, type DemoStep } from './records.js';

type Body = Record<string, unknown> & { id: string; version: number };

const SUBMISSIONS = '/api/information/submissions';

/** The demo steps of 政务信息 (information), made through the gateway's routes, in every interesting state. */
export const informationDemoSteps: DemoStep[] = [
  {
    name: '政务信息：联络员报送、信息科筛选、综合、采用与批示',
    async run(ctx) {
      const submit = async (username: string, body: object) => ctx.client.create<Body>(SUBMISSIONS, await as(ctx, username), body);
      const practice = await submit('lly_st', {
        title: '山头街道"网格+物业"模式破解老旧小区治理难题',
        body: '山头街道针对辖区老旧小区无物业、管理难的问题，推行"网格+物业"融合治理模式。\n一是网格员兼任楼长，二是引入国有物业兜底服务，三是建立居民议事会。\n今年以来，共解决群众诉求326件，满意率达98%。',
        category: 'practice',
        attachments: ['现场照片.jpg'],
      });
      const trend = await submit('lly_zjj', {
        title: '区住建局加快推进城镇老旧小区改造',
        body: '今年全区计划改造老旧小区42个，涉及居民5600余户。\n目前已开工38个，完成投资1.2亿元。',
        category: 'trend',
      });
      const problem = await submit('lly_jtj', {
        title: '农村学校教师结构性缺编问题亟待解决',
        body: '我区农村中小学音体美教师缺口较大，部分学校由其他学科教师兼任。\n建议通过县管校聘、走教等方式统筹解决。',
        category: 'problem',
      });
      const urgent = await submit('lly_yjj', {
        title: '博山镇突降暴雨引发局部山洪，已转移群众120人',
        body: '今日凌晨，博山镇突降暴雨，局部引发山洪，冲毁乡村道路2处。\n镇村两级已转移群众120人，无人员伤亡，抢修工作正在进行。',
        category: 'urgent',
      });
      const sourceA = await submit('lly_st', { title: '山头街道开展"敲门行动"走访困难群众', body: '山头街道组织机关干部入户走访困难群众860户，建立需求清单。', category: 'trend' });
      const sourceB = await submit('lly_zjj', { title: '区住建局组织冬季供暖入户排查', body: '区住建局联合供热企业入户排查供暖问题，已解决低温户73户。', category: 'trend' });

      const staff = await as(ctx, 'xinxi_ky');
      const chief = await as(ctx, 'xinxi_kz');
      const step = (path: string, token: string, etag: string, body: object = {}) => ctx.client.change<Body>(path, token, etag, body);

      // Accepted, reported to and adopted by the city, with the city leader's 批示 (the 区刊 adoption comes with the issue).
      let answer = await step(`${SUBMISSIONS}/${practice.body.id}/accept`, staff, practice.etag, { note: '拟编入《博山政务信息》' });
      answer = await step(`${SUBMISSIONS}/${practice.body.id}/adoptions`, staff, answer.etag, { level: 'reported_city', adoptedOn: inDays(-3), outlet: '报淄博市政府办公室信息科' });
      answer = await step(`${SUBMISSIONS}/${practice.body.id}/adoptions`, chief, answer.etag, { level: 'city', adoptedOn: inDays(-1), outlet: '《淄博政务信息》第 48 期' });
      await step(`${SUBMISSIONS}/${practice.body.id}/instructions`, chief, answer.etag, { level: 'city', leaderName: '市政府主要负责同志', content: '此做法值得推广，请市住建局总结经验。', instructedOn: inDays(-1) });

      // Accepted (it goes into the issue below).
      await step(`${SUBMISSIONS}/${trend.body.id}/accept`, staff, trend.etag);

      // Returned to its unit with a reason (a 待办 for the liaison).
      await step(`${SUBMISSIONS}/${problem.body.id}/return`, staff, problem.etag, { reason: '请补充缺编人数和分学科数据后重新报送' });

      // Two items merged into one 综合 item, accepted for use.
      await ctx.client.create<Body>(`${SUBMISSIONS}/merge`, staff, {
        sourceIds: [sourceA.body.id, sourceB.body.id],
        title: '我区多措并举做好冬季民生保障',
        body: '山头街道组织机关干部入户走访困难群众860户。\n区住建局联合供热企业入户排查，已解决低温户73户。',
        category: 'trend',
      });

      // The urgent one stays 待筛选 (a screening task for 信息科); the duty office has it as a 紧急事项.
      await urgentMatterFrom(ctx, urgent.body.id);
      return { informationPractice: practice.body.id, informationUrgent: urgent.body.id };
    },
  },
  {
    name: '政务信息：约稿分派与报送、《博山政务信息》编发',
    async run(ctx) {
      const staff = await as(ctx, 'xinxi_ky');
      const chief = await as(ctx, 'xinxi_kz');
      const director = await as(ctx, 'zhuren');
      const [st, zjj, jtj] = await Promise.all(['BS-JD-ST', 'BS-ZJJ', 'BS-JTJ'].map((code) => unit(ctx, code)));

      // An open 约稿: one unit answered, two still to answer (their 待办 carry the engine's deadline).
      const solicitation = await ctx.client.create<Body>('/api/information/solicitations', staff, {
        title: '关于优化营商环境典型做法的约稿',
        source: '淄博市人民政府办公室信息科',
        requirements: '围绕"无证明城市"建设、"一窗受理"等改革，每单位报送典型做法 1 篇，1500 字以内，附数据。',
        receivedOn: today(),
        upperDeadline: inDays(14),
        internalWorkingDays: 5,
        unitIds: [st, zjj, jtj],
      });
      await ctx.client.change<Body>(`/api/information/solicitations/${solicitation.body.id}/answers`, await as(ctx, 'lly_st'), solicitation.etag, {
        content: '山头街道推行"一窗受理、集成服务"，群众办事平均跑动次数由 2.3 次降至 0.6 次。',
      });

      // A released issue (第N期, signed by the office director) and a draft waiting for the chief's 审核.
      const accepted = await ctx.client.get<{ items: Body[] }>('/api/information/submissions', staff, { status: 'accepted', limit: 10 });
      const ids = accepted.body.items.map((i) => i.id);
      if (ids.length) {
        const issue = await ctx.client.create<Body>('/api/information/bulletins', staff, { kind: 'regular', itemIds: ids.slice(0, 2), editorNote: '本期刊发基层治理和城市更新做法。' });
        const submitted = await ctx.client.change<Body>(`/api/information/bulletins/${issue.body.id}/submit`, staff, issue.etag);
        const reviewed = await ctx.client.change<Body>(`/api/information/bulletins/${issue.body.id}/review`, chief, submitted.etag, { note: '同意刊发' });
        await ctx.client.change<Body>(`/api/information/bulletins/${issue.body.id}/sign`, director, reviewed.etag, { releasedOn: today(), distribution: ['区委、区政府领导', '各镇（街道）、区直各部门'] });
      }
      if (ids.length > 2) {
        const special = await ctx.client.create<Body>('/api/information/bulletins', staff, { kind: 'special', theme: '冬季民生保障', itemIds: ids.slice(2, 3) });
        await ctx.client.change<Body>(`/api/information/bulletins/${special.body.id}/submit`, staff, special.etag);
      }
      return { informationSolicitation: solicitation.body.id };
    },
  },
  {
    name: '政务信息：计分标准新版本、年度业绩考评、培训、向上报送与反馈',
    async run(ctx) {
      const staff = await as(ctx, 'xinxi_ky');
      const chief = await as(ctx, 'xinxi_kz');
      const year = Number(today().slice(0, 4));
      const [st, zjj, jtj, yjj] = await Promise.all(['BS-JD-ST', 'BS-ZJJ', 'BS-JTJ', 'BS-YJJ'].map((code) => unit(ctx, code)));

      // A new version of the weight table from next year (the chief's), beside the seeded BS-XX-2025-1; adoptions
      // recorded before it keep the version they were scored under. A step done again finds it already there.
      const nextYear = `${year + 1}-01-01`;
      const weights = await ctx.client.get<{ items: { version: string; effectiveFrom: string }[] }>('/api/information/score-weights', chief);
      let weightVersion = weights.body.items.find((w) => w.effectiveFrom === nextYear)?.version;
      if (!weightVersion) {
        const added = await ctx.client.create<{ version: string }>('/api/information/score-weights', chief, {
          effectiveFrom: nextYear,
          source: `博山区政府办公室《关于调整政务信息工作计分标准的通知》（${year} 年 12 月科务会议定）：市采用、省采用加分提高，约稿未报扣分加重，参照六政办秘〔2013〕36号、常政办发〔2014〕97号的计分方式`,
          adoption: { district_bulletin: 5, reported_city: 2, city: 25, province: 50, state_council: 100 },
          instruction: { district: 10, city: 30, province: 50 },
          deduction: { solicitation_late: 2, solicitation_missing: 8 },
        });
        weightVersion = added.body.version;
      }

      // This year's 业绩考评, still a draft (its lines follow the monthly notices), with one adjustment and its reason.
      const adjustmentReason = '承办全区政务信息工作现场推进会，提供交流材料 3 篇（科务会议定加分）';
      const found = await ctx.client.get<{ items: Body[] }>('/api/information/evaluations', staff, { year, limit: 1 });
      let evaluation = found.body.items[0]
        ? await ctx.client.get<Body & { adjustments: { reason: string }[] }>(`/api/information/evaluations/${found.body.items[0].id}`, staff)
        : await ctx.client.create<Body & { adjustments: { reason: string }[] }>('/api/information/evaluations', staff, { year });
      if (!evaluation.body.adjustments.some((a) => a.reason === adjustmentReason)) {
        evaluation = await withUnits(() =>
          ctx.client.change<Body & { adjustments: { reason: string }[] }>(`/api/information/evaluations/${evaluation.body.id}/adjustments`, staff, evaluation.etag, { unitId: st, points: 5, reason: adjustmentReason }),
        );
      }

      // A training session with its attendance: three attended, one absent with the reason.
      const training = await withUnits(() =>
        ctx.client.create<Body>('/api/information/trainings', staff, {
          heldOn: inDays(-20),
          topic: '全区政务信息工作业务培训暨约稿工作部署会',
          trainer: '淄博市政府办公室信息科 孙明',
          location: '区政府 3 楼第二会议室',
          attendees: [
            { unitId: st, name: '唐静', attended: true },
            { unitId: zjj, name: '韩磊', attended: true },
            { unitId: jtj, name: '曹阳', attended: true },
            { unitId: yjj, name: '谢军', attended: false, absenceReason: '参加防汛应急值守' },
          ],
        }),
      );

      // Reported to the city's 信息科 (报市), which adopted it (市采用) and whose leader wrote a 批示 on it.
      const accepted = await ctx.client.get<{ items: { id: string; title: string }[] }>(SUBMISSIONS, staff, { status: 'accepted', limit: 50 });
      const item = accepted.body.items.find((i) => i.title.includes('老旧小区改造')) ?? accepted.body.items.find((i) => i.id !== ctx.refs.informationPractice);
      const refs: Record<string, string> = { informationEvaluation: evaluation.body.id, informationTraining: training.body.id, informationWeights: weightVersion };
      if (!item) return refs;
      const report = await ctx.client.create<Body>('/api/information/upward-reports', staff, {
        submissionIds: [item.id],
        office: 'city_info',
        sentOn: inDays(-2),
        channel: 'system',
        note: '经科长审核后通过政务信息报送系统报送',
      });
      const adopted = await ctx.client.change<Body>(`/api/information/upward-reports/${report.body.id}/feedback`, staff, report.etag, {
        submissionId: item.id,
        kind: 'adopted',
        receivedOn: today(),
        outlet: '《淄博政务信息》第 52 期',
      });
      await ctx.client.change<Body>(`/api/information/upward-reports/${report.body.id}/feedback`, staff, adopted.etag, {
        submissionId: item.id,
        kind: 'instructed',
        receivedOn: today(),
        instructionLevel: 'city',
        leaderName: '市政府分管副市长',
        content: '博山区老旧小区改造推进有力，请市住建局加强调度，及时总结推广。',
      });
      return { ...refs, informationUpwardReport: report.body.id };
    },
  },
  {
    name: '政务信息：月度通报起草、审核、签发（转文秘科发文）',
    async run(ctx) {
      const staff = await as(ctx, 'xinxi_ky');
      const chief = await as(ctx, 'xinxi_kz');
      const director = await as(ctx, 'zhuren');
      const monthBefore = (n: number) => new Date(Date.UTC(Number(today().slice(0, 4)), Number(today().slice(5, 7)) - 1 - n, 1)).toISOString().slice(0, 7);
      const notice = { preface: '现将各镇（街道）、区直各部门政务信息报送采用情况通报如下。希望各单位对照排名，查找不足，进一步提高政务信息报送的数量和质量。', mainRecipients: ['各镇人民政府、街道办事处', '区政府各部门、各有关单位'] };
      // Last month's notice: drafted, reviewed by the chief, signed by the director — document-secretariat then holds it as a 发文 awaiting 编号.
      const signed = await ctx.client.create<Body>('/api/information/monthly-notices', staff, { ...notice, month: monthBefore(1) });
      const submitted = await ctx.client.change<Body>(`/api/information/monthly-notices/${signed.body.id}/submit`, staff, signed.etag);
      const reviewed = await ctx.client.change<Body>(`/api/information/monthly-notices/${signed.body.id}/review`, chief, submitted.etag, { note: '同意，请主任签发' });
      await ctx.client.change<Body>(`/api/information/monthly-notices/${signed.body.id}/sign`, director, reviewed.etag, { opinion: '同意印发' });
      // Its 发文 arrives in document-secretariat by event: wait for it, so that the office's counts are taken with it.
      const wenmi = await as(ctx, 'wenmi_ky');
      const title = String(signed.body.title);
      await waitFor(`发文（月度通报 ${signed.body.id}）`, async () => {
        const res = await ctx.client.get<{ items: Body[] }>('/api/documents/outgoing', wenmi, { status: 'signed', q: title.slice(0, 60), limit: 10 });
        return res.body.items.find((item) => item.title === title);
      });
      // The month before that: a draft 信息科 is still writing (a 待审核 task once sent).
      const draft = await ctx.client.create<Body>('/api/information/monthly-notices', staff, { ...notice, month: monthBefore(2) });
      return { informationMonthlyNoticeSigned: signed.body.id, informationMonthlyNoticeDraft: draft.body.id };
    },
  },
];
