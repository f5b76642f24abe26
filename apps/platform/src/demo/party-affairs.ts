import { as, inDays, today, unit, type DemoContext, type DemoStep } from './records.js';

type Body = Record<string, unknown> & { id: string; version: number };

/** The date `months` whole months from today, on the corresponding day (the demo's own arithmetic). */
const inMonths = (months: number): string => {
  const [y, m, d] = today().split('-').map(Number);
  const index = y * 12 + (m - 1) + months;
  const last = new Date(Date.UTC(Math.floor(index / 12), (index % 12) + 1, 0)).getUTCDate();
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
};
const thisYear = () => Number(today().slice(0, 4));

/** A demo 身份证号 with a valid shape (birth date and sequence from `n`; not a real person's). */
const idNumber = (n: number) => `370304${1970 + (n % 30)}0${1 + (n % 9)}1${n % 10}${String(100 + n).slice(-3)}${n % 10}`;

const create = async (ctx: DemoContext, path: string, body: object) => ctx.client.create<Body>(path, await as(ctx, 'dang_ky'), body);

/** The demo steps of 党建 (party-affairs), made through the gateway's routes, in every interesting state. */
export const partyAffairsDemoSteps: DemoStep[] = [
  {
    name: '党建：机关党总支及所属党支部（含换届提醒、组织设置提示）',
    async run(ctx) {
      const secretary = (name: string) => [{ post: 'secretary', name }];
      const general = await create(ctx, '/api/party-affairs/branches', {
        name: '中共博山区人民政府办公室机关总支部委员会',
        kind: 'general',
        committee: [...secretary('董毅'), { post: 'organisation', name: '袁梅' }, { post: 'publicity', name: '孙丽' }, { post: 'discipline', name: '周强' }, { post: 'member', name: '吴敏' }],
        termStartedOn: inMonths(-14),
      });
      const first = await create(ctx, '/api/party-affairs/branches', {
        name: '区政府办公室第一党支部',
        kind: 'branch',
        committee: [...secretary('刘洋'), { post: 'organisation', name: '陈静' }, { post: 'publicity', name: '杨帆' }],
        termStartedOn: inMonths(-31),
        themeDay: 15,
      });
      const second = await create(ctx, '/api/party-affairs/branches', { name: '区政府办公室第二党支部', kind: 'branch', committee: secretary('赵磊'), termStartedOn: inMonths(-8), themeDay: 20 });
      const yjj = await create(ctx, '/api/party-affairs/branches', {
        name: '区应急管理局机关党支部',
        kind: 'branch',
        unitId: await unit(ctx, 'BS-YJJ'),
        committee: [...secretary('谢军'), { post: 'organisation', name: '马超' }, { post: 'publicity', name: '钱芳' }],
        termStartedOn: inMonths(-20),
      });
      return { partyGeneral: general.body.id, partyFirstBranch: first.body.id, partySecondBranch: second.body.id, partyYjjBranch: yjj.body.id };
    },
  },
  {
    name: '党建：党员名册、发展党员各阶段、组织关系转接与党费',
    async run(ctx) {
      const token = await as(ctx, 'dang_ky');
      const develop = async (member: { body: Body; etag: string }, steps: object[]) => {
        let current = member;
        for (const step of steps) current = await ctx.client.change<Body>(`/api/party-affairs/members/${current.body.id}/develop`, token, current.etag, step);
        return current;
      };
      const names = ['孙浩', '周婷', '吴刚', '郑丽', '王磊', '冯雪', '陈刚', '褚伟'];
      const members = [];
      // 第二党支部: 8 full members and a committee of one — the structure flag (≥ 7 full members ⇒ 支委会 3–5).
      for (const [i, name] of names.entries()) {
        members.push(
          await create(ctx, '/api/party-affairs/members', {
            name,
            gender: i % 2 ? 'female' : 'male',
            branchId: ctx.refs.partySecondBranch,
            idNumber: idNumber(i + 1),
            mobile: `1390533${String(1000 + i)}`,
            stage: 'full',
            admittedOn: `${2000 + i}-07-01`,
            fullOn: `${2001 + i}-07-01`,
          }),
        );
      }
      const bases: [string, number][] = [['in_service', 540_000], ['in_service', 300_000], ['in_service', 1_000_001], ['retired', 480_000], ['in_service', 760_000], ['low_income', 150_000], ['in_service', 450_000], ['in_service', 820_000]];
      const month = today().slice(0, 7);
      for (const [i, member] of members.entries()) {
        const [category, baseFen] = bases[i];
        const set = await ctx.client.change<Body>(`/api/party-affairs/members/${member.body.id}/dues`, token, member.etag, { category, baseFen, year: thisYear() });
        // This month's dues: the first five paid, the rest on the arrears list.
        if (i < 5) await ctx.client.change(`/api/party-affairs/members/${member.body.id}/dues-payments`, token, set.etag, { month, paidOn: today() });
      }
      const applicant = (name: string, branchId: string, n: number, appliedOn: string) =>
        create(ctx, '/api/party-affairs/members', { name, gender: n % 2 ? 'female' : 'male', branchId, idNumber: idNumber(20 + n), mobile: `1370533${String(2000 + n)}`, stage: 'applicant', appliedOn });
      // 入党申请人 awaiting the talk (due within a month of the application).
      await applicant('林晓', ctx.refs.partyFirstBranch, 1, inDays(-10));
      // 入党积极分子 not yet a full year: the board shows the earliest day.
      await develop(await applicant('何佳', ctx.refs.partyFirstBranch, 2, inMonths(-8)), [
        { step: 'talk', on: inMonths(-8) },
        { step: 'activist', on: inMonths(-7), documents: '支委会会议记录 2026-01' },
      ]);
      // 发展对象 ready for the 支部大会.
      await develop(await applicant('罗强', ctx.refs.partyFirstBranch, 3, inMonths(-20)), [
        { step: 'talk', on: inMonths(-20) },
        { step: 'activist', on: inMonths(-19) },
        { step: 'candidate', on: inMonths(-6), documents: '支委会讨论记录；上级党委备案' },
      ]);
      // 预备党员 awaiting 转正.
      await develop(await applicant('唐敏', ctx.refs.partyYjjBranch, 4, inMonths(-34)), [
        { step: 'talk', on: inMonths(-34) },
        { step: 'activist', on: inMonths(-33) },
        { step: 'candidate', on: inMonths(-20) },
        { step: 'admit', on: inMonths(-11), trainingHours: 24, politicalReviewOn: inMonths(-13), preReviewedOn: inMonths(-11), votes: { for: 9, against: 0, abstain: 0 }, documents: '入党志愿书 BS-2025-017' },
        { step: 'approve', on: inMonths(-10), documents: '博政办党字〔2025〕9号' },
      ]);
      // A member transferred out whose receipt has not come back (口袋党员 after 3 months).
      const moved = await create(ctx, '/api/party-affairs/members', {
        name: '高远',
        gender: 'male',
        branchId: ctx.refs.partyFirstBranch,
        idNumber: idNumber(40),
        stage: 'full',
        admittedOn: '2012-06-20',
        fullOn: '2013-06-20',
        transferIn: { from: '中共淄博市张店区委组织部', letterNo: '张组转〔2018〕33号', on: '2018-03-01' },
      });
      await ctx.client.change(`/api/party-affairs/members/${moved.body.id}/transfer`, token, moved.etag, { kind: 'out', destination: '中共淄博市淄川区某街道工委', letterNo: '博政办党转〔2026〕5号', on: inMonths(-4) });
      return {};
    },
  },
  {
    name: '党建：三会一课等组织生活记录（含未按期召开的红灯）',
    async run(ctx) {
      const year = thisYear();
      const record = (branchId: string, kind: string, heldOn: string, topic: string, absences: object[] = []) =>
        create(ctx, '/api/party-affairs/life-meetings', { branchId, kind, heldOn, topic, expected: 9, absences, minutes: `${topic}。会议由支部书记主持，传达学习有关精神并研究部署下一步工作。` });
      const quarters = [`${year}-02-`, `${year}-05-`, `${year}-08-`, `${year}-11-`].filter((q) => `${q}20` <= today());
      for (const q of quarters) await record(ctx.refs.partyFirstBranch, 'party_congress', `${q}20`, '党员大会：学习贯彻党的二十届四中全会精神', [{ name: '杨帆', reason: '外出培训' }]);
      // 第二党支部 skipped the second quarter's 党员大会: its light is red.
      for (const q of quarters.filter((q) => !q.includes('-05-'))) await record(ctx.refs.partySecondBranch, 'party_congress', `${q}18`, '党员大会：研究发展党员工作');
      for (let m = 1; m <= 12; m++) {
        const day = `${year}-${String(m).padStart(2, '0')}-15`;
        if (day > today()) break;
        await record(ctx.refs.partyFirstBranch, 'committee', day, `支委会：${m} 月份工作安排`);
        await record(ctx.refs.partyFirstBranch, 'theme_day', day, `主题党日：${m} 月“党员志愿服务”`);
      }
      await record(ctx.refs.partyFirstBranch, 'lecture', `${year}-07-01`, '党课：书记讲党课“赓续红色血脉”');
      const liaison = await as(ctx, 'lly_yjj');
      await ctx.client.create('/api/party-affairs/life-meetings', liaison, {
        branchId: ctx.refs.partyYjjBranch,
        kind: 'theme_day',
        heldOn: inDays(-3),
        topic: '主题党日：安全生产宣传进社区',
        expected: 12,
        absences: [{ name: '马超', reason: '值班' }],
        minutes: '组织党员到社区开展安全生产宣传。',
      });
      return {};
    },
  },
  {
    name: '党建：党费减免、廉政责任清单、结对帮扶、主题教育与换届请示',
    async run(ctx) {
      const token = await as(ctx, 'dang_ky');
      const year = thisYear();
      const month = today().slice(0, 7);
      // 党费减免: discussed by the branch, approved by the 总支 (RULES.md §2.11).
      const [member] = (await ctx.client.get<{ items: Body[] }>('/api/party-affairs/members', token, { q: '陈刚' })).body.items;
      const reduction = await create(ctx, '/api/party-affairs/dues-reductions', { memberId: member.id, kind: 'reduce', fromMonth: month, toMonth: month, reducedMonthlyFen: 1000, reason: '家庭生活困难，申请减免党费' });
      const decided = await ctx.client.change(`/api/party-affairs/dues-reductions/${reduction.body.id}/decide`, token, reduction.etag, { on: today(), meetingRef: '第二党支部支委会会议纪要' });
      await ctx.client.change(`/api/party-affairs/dues-reductions/${reduction.body.id}/approve`, token, decided.etag, { approver: '机关党总支', on: today() });
      // 党风廉政建设责任清单 with its first item done.
      const list = await create(ctx, '/api/party-affairs/integrity', {
        year,
        branchId: ctx.refs.partyFirstBranch,
        title: `${year} 年度第一党支部党风廉政建设责任清单`,
        items: [
          { content: '每季度专题研究党风廉政建设', responsible: '刘洋', dueOn: `${year}-12-31` },
          { content: '开展廉政警示教育', responsible: '陈静', dueOn: `${year}-12-31` },
        ],
      });
      const items = list.body.items as { id: string }[];
      await ctx.client.change(`/api/party-affairs/integrity/${list.body.id}/complete`, token, list.etag, { itemId: items[0].id, doneOn: today(), evidence: '支委会会议纪要' });
      // 结对帮扶 with one visit.
      const pairing = await create(ctx, '/api/party-affairs/pairings', {
        year,
        branchId: ctx.refs.partySecondBranch,
        targetKind: 'village',
        targetName: '池上镇中郝峪村',
        targetPlace: '池上镇',
        plannedVisits: 4,
        plannedHelpFen: 1_000_000,
        goals: [{ content: '帮助发展乡村旅游' }, { content: '慰问困难党员' }],
      });
      await ctx.client.change(`/api/party-affairs/pairings/${pairing.body.id}/visits`, token, pairing.etag, { visitedOn: today(), participants: ['赵磊', '孙浩'], content: '走访慰问困难党员，了解村集体经济发展情况' });
      // 主题教育 with a task the 应急管理局 branch completed (by its liaison).
      const campaign = await create(ctx, '/api/party-affairs/campaigns', {
        name: `${year} 年度党纪学习教育`,
        startsOn: `${year}-01-01`,
        endsOn: `${year}-12-31`,
        basisDocument: '中共中央办公厅《关于在全党开展党纪学习教育的通知》',
        tasks: [{ content: '开展专题读书班', branchIds: [ctx.refs.partyFirstBranch, ctx.refs.partyYjjBranch], dueOn: `${year}-12-31` }],
      });
      const task = (campaign.body.tasks as { id: string }[])[0];
      await ctx.client.change(`/api/party-affairs/campaigns/${campaign.body.id}/complete`, await as(ctx, 'lly_yjj'), campaign.etag, { taskId: task.id, branchId: ctx.refs.partyYjjBranch, completedOn: today(), evidence: '读书班签到表与学习心得' });
      // 换届请示 of 第一党支部 (its term ends within 6 months), approved by the higher committee.
      const branch = await ctx.client.get<Body>(`/api/party-affairs/branches/${ctx.refs.partyFirstBranch}`, token);
      const requested = await ctx.client.change(`/api/party-affairs/branches/${branch.body.id}/election-request`, token, branch.etag, { plannedOn: inMonths(2), reason: '本届支部委员会任期即将届满，拟按期召开党员大会进行换届选举' });
      await ctx.client.change(`/api/party-affairs/branches/${branch.body.id}/election-approval`, token, requested.etag, { approvalNumber: `博政办党字〔${year}〕12号`, approvedOn: today(), approver: '中共博山区委区直机关工委' });
      return {};
    },
  },
];
