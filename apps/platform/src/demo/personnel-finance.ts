import { as, inDays, itemsFrom, unit, withUnits, type DemoStep } from './records.js';

type Body = Record<string, unknown> & { id: string; version: number };

const BASE = '/api/personnel-finance';

/** Demo 身份证号 (fictitious, region 370304 博山区) and mobiles. */
const STAFF = [
  { name: '杨帆', gender: 'male', sectionCode: 'renshi', postTitle: '科长', rank: '一级主任科员', hiredOn: '2008-07-01', salary: 1_180_000 },
  { name: '许静', gender: 'female', sectionCode: 'renshi', postTitle: '科员', rank: '三级主任科员', hiredOn: '2014-07-01', salary: 920_000 },
  { name: '钱伟', gender: 'male', sectionCode: 'caiwu', postTitle: '科长', rank: '二级主任科员', hiredOn: '2009-07-01', salary: 1_120_000 },
  { name: '林娜', gender: 'female', sectionCode: 'caiwu', postTitle: '科员', rank: '四级主任科员', hiredOn: '2016-07-01', salary: 860_000 },
  { name: '李明', gender: 'male', sectionCode: 'zonghe', postTitle: '科长', rank: '一级主任科员', hiredOn: '2007-07-01', salary: 1_200_000 },
  { name: '张悦', gender: 'female', sectionCode: 'zonghe', postTitle: '科员', rank: '一级科员', hiredOn: '2019-07-01', salary: 720_000 },
  { name: '周文博', gender: 'male', sectionCode: 'wenmi', postTitle: '科长', rank: '二级主任科员', hiredOn: '2010-07-01', salary: 1_100_000 },
  { name: '吴倩', gender: 'female', sectionCode: 'wenmi', postTitle: '科员', rank: '一级科员', hiredOn: '2020-07-01', salary: 700_000 },
  { name: '何强', gender: 'male', sectionCode: 'ducha', postTitle: '科长', rank: '二级主任科员', hiredOn: '2011-07-01', salary: 1_080_000 },
  { name: '马丽', gender: 'female', sectionCode: 'ducha', postTitle: '科员', rank: '二级科员', hiredOn: '2022-07-01', salary: 640_000 },
] as const;

/** The demo steps of 人事财务 (personnel-finance), made through the gateway's routes, in every interesting state. */
export const personnelFinanceDemoSteps: DemoStep[] = [
  {
    name: '人事科：工作人员名册（含试用期人员）与年度考核',
    async run(ctx) {
      const renshi = await as(ctx, 'renshi_ky');
      const ids: string[] = [];
      for (const [i, s] of STAFF.entries()) {
        const created = await ctx.client.create<Body>(`${BASE}/staff-members`, renshi, {
          name: s.name,
          gender: s.gender,
          idNumber: `3703041985${String(101 + i).padStart(4, '0')}${String(1000 + i * 7).slice(-4)}`,
          mobile: `1356330${String(1000 + i).slice(-4)}`,
          sectionCode: s.sectionCode,
          category: 'civil_servant',
          postTitle: s.postTitle,
          rank: s.rank,
          hiredOn: s.hiredOn,
          monthlySalaryFen: s.salary,
        });
        ids.push(created.body.id);
      }
      // A new recruit on probation (not graded this year).
      const recruit = await ctx.client.create<Body>(`${BASE}/staff-members`, renshi, {
        name: '孔新',
        gender: 'male',
        idNumber: '370304200001015678',
        mobile: '13563301111',
        sectionCode: 'xinxi',
        category: 'civil_servant',
        postTitle: '科员',
        rank: '试用期',
        hiredOn: inDays(-60),
        probationEndsOn: inDays(305),
        monthlySalaryFen: 520_000,
      });
      ids.push(recruit.body.id);
      // A record entered twice and withdrawn with a reason.
      const duplicate = await ctx.client.create<Body>(`${BASE}/staff-members`, renshi, {
        name: '马丽',
        gender: 'female',
        idNumber: '370304199505052222',
        mobile: '13563302222',
        sectionCode: 'ducha',
        category: 'civil_servant',
        postTitle: '科员',
        rank: '二级科员',
        hiredOn: '2022-07-01',
        monthlySalaryFen: 640_000,
      });
      await ctx.client.change(`${BASE}/staff-members/${duplicate.body.id}/withdraw`, renshi, duplicate.etag, { reason: '重复登记' });

      // Last year's assessment, finalised: 2 优秀 of 10 (20%), the recruit only commented.
      const year = Number(inDays(0).slice(0, 4));
      const grade = async (etag: string, id: string, staffMemberId: string, body: object) => ctx.client.change<Body>(`${BASE}/assessments/${id}/grade`, renshi, etag, { staffMemberId, ...body });
      const last = await ctx.client.create<Body>(`${BASE}/assessments`, renshi, { year: year - 1, title: `${year - 1} 年度公务员考核`, staffMemberIds: ids.slice(0, 10) });
      let answer = last;
      const grades = ['excellent', 'excellent', 'competent', 'competent', 'competent', 'competent', 'competent', 'competent', 'competent', 'basically_competent'];
      for (const [i, g] of grades.entries()) answer = await grade(answer.etag, last.body.id, ids[i], { grade: g, comment: g === 'excellent' ? '工作突出，表现优秀' : undefined });
      await ctx.client.change(`${BASE}/assessments/${last.body.id}/finalize`, renshi, answer.etag);

      // This year's, under way: 1 优秀 given of the 2 allowed, the recruit commented only.
      const current = await ctx.client.create<Body>(`${BASE}/assessments`, renshi, { year, title: `${year} 年度公务员考核`, staffMemberIds: ids });
      answer = await grade(current.etag, current.body.id, ids[2], { grade: 'excellent', comment: '财务管理规范，年度决算零差错' });
      answer = await grade(answer.etag, current.body.id, ids[3], { grade: 'competent' });
      await grade(answer.etag, current.body.id, recruit.body.id, { comment: '试用期内表现良好，只写评语不定等次' });
      return { staffCaiwuKz: ids[2], staffCaiwuKy: ids[3], staffRenshiKy: ids[1], currentAssessment: current.body.id };
    },
  },
  {
    name: '人事科：机构编制（核定、实有、空缺）与干部选拔任用（各步骤、任前公示、反映问题）',
    async run(ctx) {
      const renshi = await as(ctx, 'renshi_ky');
      const E = `${BASE}/establishment-posts`;
      const line = (over: object) => ({ unitName: '博山区人民政府办公室', kind: 'administrative', basisNumber: '博编发〔2024〕6号', basisDate: '2024-03-01', ...over });
      // The office's establishment: filled counts come from the staff records above.
      await ctx.client.create<Body>(E, renshi, line({ level: 'principal_section', title: '科长', postTitles: ['科长'], approvedCount: 6 }));
      let deputies = await ctx.client.create<Body>(E, renshi, line({ level: 'deputy_section', title: '副科长', postTitles: ['副科长'], approvedCount: 3 }));
      deputies = await ctx.client.change<Body>(`${E}/${deputies.body.id}`, renshi, deputies.etag, line({ level: 'deputy_section', title: '副科长', postTitles: ['副科长'], approvedCount: 4, basisNumber: '博编发〔2026〕2号', basisDate: inDays(-90), note: '增设信息科后增加副科级职数 1 名' }), 'PUT');
      await ctx.client.create<Body>(E, renshi, line({ level: 'general', title: '一般工作人员', postTitles: [], approvedCount: 8 }));
      await ctx.client.create<Body>(E, renshi, line({ kind: 'worker', level: 'general', title: '驾驶员', postTitles: ['驾驶员'], approvedCount: 2 }));
      const wrong = await ctx.client.create<Body>(E, renshi, line({ kind: 'institution', level: 'general', title: '档案管理员', postTitles: ['档案管理员'], approvedCount: 1 }));
      await ctx.client.change(`${E}/${wrong.body.id}/withdraw`, renshi, wrong.etag, { reason: '录入错误：档案管理员不属本办事业编制' });

      const S = `${BASE}/cadre-selections`;
      const step = (id: string, path: string, etag: string, body: object) => ctx.client.change<Body>(`${S}/${id}/${path}`, renshi, etag, body);
      const motion = (title: string, daysAgo: number) => ({ establishmentPostId: deputies.body.id, title, motionDate: inDays(-daysAgo), motionReason: '副科级职数空缺，工作需要', proposedBy: '办公室党组' });
      const recommendation = (daysAgo: number, names: [string, number][]) => ({ recommendedOn: inDays(-daysAgo), participants: 32, candidates: names.map(([name, votes]) => ({ name, votes })) });
      const inspection = (daysAgo: number, name: string, idNumber: string, post: string, staffMemberId?: string) => ({
        inspectedOn: inDays(-daysAgo),
        team: ['杨帆', '林娜', '许静'].filter((n) => n !== name),
        candidateName: name,
        candidateGender: 'female',
        candidateIdNumber: idNumber,
        candidateCurrentPost: post,
        ...(staffMemberId ? { staffMemberId } : {}),
        conclusion: '政治立场坚定，熟悉业务，工作实绩突出，群众公认度较高，考察合格。',
      });
      const decision = (daysAgo: number, n: number) => ({ meetingDate: inDays(-daysAgo), meetingTitle: `办公室党组2026年第${n}次会议`, membersTotal: 7, membersPresent: 6, votesFor: 6, votesAgainst: 0, votesAbstain: 0 });

      // Appointed, with its 试用期: the staff record's 职务 becomes 副科长.
      let done = await ctx.client.create<Body>(S, renshi, motion('选拔人事科副科长', 60));
      done = await step(done.body.id, 'recommend', done.etag, recommendation(50, [['许静', 24], ['张悦', 5]]));
      done = await step(done.body.id, 'inspect', done.etag, inspection(45, '许静', '370304198601021228', '人事科三级主任科员', ctx.refs.staffRenshiKy));
      done = await step(done.body.id, 'decide', done.etag, decision(35, 8));
      done = await step(done.body.id, 'publicize', done.etag, { publishedOn: inDays(-30), channel: '办公室内网、公告栏' });
      await step(done.body.id, 'appoint', done.etag, { appointedOn: inDays(-5), documentNumber: '博政办任〔2026〕4号', probation: true });

      // In its 任前公示, an objection being looked into.
      let publicizing = await ctx.client.create<Body>(S, renshi, motion('选拔综合科副科长', 30));
      publicizing = await step(publicizing.body.id, 'recommend', publicizing.etag, recommendation(25, [['张悦', 21], ['吴倩', 8]]));
      publicizing = await step(publicizing.body.id, 'inspect', publicizing.etag, inspection(18, '张悦', '370304199107151226', '综合科一级科员'));
      publicizing = await step(publicizing.body.id, 'decide', publicizing.etag, decision(8, 11));
      publicizing = await step(publicizing.body.id, 'publicize', publicizing.etag, { publishedOn: inDays(-2), channel: '办公室内网、公告栏' });
      await step(publicizing.body.id, 'objections', publicizing.etag, { receivedOn: inDays(-1), source: '来信（匿名）', summary: '反映其在窗口工作期间服务态度问题，请组织核实' });

      // Just proposed; and one withdrawn with its reason.
      await ctx.client.create<Body>(S, renshi, motion('选拔信息科副科长', 3));
      let dropped = await ctx.client.create<Body>(S, renshi, motion('选拔督查科副科长', 40));
      dropped = await step(dropped.body.id, 'recommend', dropped.etag, recommendation(35, [['马丽', 12], ['吴倩', 11]]));
      await step(dropped.body.id, 'withdraw', dropped.etag, { reason: '民主推荐得票分散，党组决定暂缓，择期重新启动' });
      return { cadreSelectionPublicizing: publicizing.body.id };
    },
  },
  {
    name: '人事科：中心组学习和民主生活会（会前准备、出席、对照检查、整改清单）',
    async run(ctx) {
      const renshi = await as(ctx, 'renshi_ky');
      const G = `${BASE}/group-sessions`;
      const members = ['孙建国', '杨帆', '钱伟', '李明', '周文博'];
      // 民主生活会: prepared, held, one of its two rectification items done.
      let life = await ctx.client.create<Body>(G, renshi, { kind: 'democratic_life', topic: '年度民主生活会：以学铸魂、以学正风', plannedOn: inDays(-20), chairName: '孙建国', members });
      const notes: [string, string][] = [['study', '集中学习研讨 3 次'], ['solicit', '征求意见建议 26 条，梳理为 8 个方面'], ['talks', '班子成员之间谈心谈话 10 人次'], ['materials', '班子及个人对照检查材料经审核把关']];
      for (const [i, [step, note]] of notes.entries()) life = await ctx.client.change<Body>(`${G}/${life.body.id}/preparation`, renshi, life.etag, { step, doneOn: inDays(-40 + i * 5), note });
      life = await ctx.client.change<Body>(`${G}/${life.body.id}/held`, renshi, life.etag, {
        heldOn: inDays(-20),
        attendees: members.slice(0, 4),
        absentees: ['周文博（参加市委党校培训）'],
        speeches: [
          { speaker: '孙建国', summary: '代表班子作对照检查，带头开展自我批评' },
          { speaker: '杨帆', summary: '对照检查：调查研究不够深入，相互批评意见 3 条' },
        ],
        rectifications: [
          { content: '建立班子成员调研成果转化台账', responsible: '杨帆', dueDate: inDays(40) },
          { content: '精简会议文件，全年会议数量压减一成', responsible: '李明', dueDate: inDays(70) },
        ],
      });
      await ctx.client.change(`${G}/${life.body.id}/rectifications`, renshi, life.etag, { itemId: (life.body.rectifications as { id: string }[])[0].id, completedOn: inDays(-2), result: '台账已建立，按月更新' });
      // 中心组学习: one held, one planned.
      const study = await ctx.client.create<Body>(G, renshi, { kind: 'central_group_study', topic: '学习《党政机关公文处理工作条例》', plannedOn: inDays(-7), chairName: '孙建国', members });
      await ctx.client.change(`${G}/${study.body.id}/held`, renshi, study.etag, { heldOn: inDays(-7), attendees: members, speeches: [{ speaker: '周文博', summary: '结合文秘工作交流学习体会' }] });
      await ctx.client.create<Body>(G, renshi, { kind: 'central_group_study', topic: '学习习近平总书记关于政务服务的重要论述', plannedOn: inDays(10), chairName: '孙建国', members });
      return {};
    },
  },
  {
    name: '财务科：报销单（公务卡、分级审批、支付、退回）',
    async run(ctx) {
      const caiwu = await as(ctx, 'caiwu_ky');
      const chief = await as(ctx, 'caiwu_kz');
      const director = await as(ctx, 'zhuren');
      const claim = (over: object) => ({ claimantName: '张悦', sectionCode: 'zonghe', paymentMethod: 'official_card', ...over });
      // Paid: office supplies by 公务卡 (approved by the chief alone).
      let paid = await ctx.client.create<Body>(`${BASE}/claims`, caiwu, claim({ title: '购买值班室办公用品', expenseKind: 'office', items: [{ description: '打印纸 10 箱', amountFen: 230_000, occurredOn: inDays(-12), invoiceNumber: '25370000112233' }, { description: '硒鼓 2 只', amountFen: 90_050, occurredOn: inDays(-12) }] }));
      paid = await ctx.client.change<Body>(`${BASE}/claims/${paid.body.id}/submit`, caiwu, paid.etag);
      paid = await ctx.client.change<Body>(`${BASE}/claims/${paid.body.id}/approve`, chief, paid.etag, { note: '同意报销' });
      await ctx.client.change(`${BASE}/claims/${paid.body.id}/pay`, caiwu, paid.etag, { paidOn: inDays(-8) });
      // Waiting for the director: a meeting above ¥50,000 (chief and 分管 signed).
      let meeting = await ctx.client.create<Body>(`${BASE}/claims`, caiwu, claim({ title: '全区政府系统办公室工作会议', claimantName: '李明', expenseKind: 'meeting', paymentMethod: 'transfer', attachments: ['会议通知', '签到表', '会议费结算单'], items: [{ description: '会场租赁及会议资料', amountFen: 5_600_000, occurredOn: inDays(-5), invoiceNumber: '25370000445566' }], meeting: { category: 'third', days: 1, attendees: 120 } }));
      meeting = await ctx.client.change<Body>(`${BASE}/claims/${meeting.body.id}/submit`, caiwu, meeting.etag);
      meeting = await ctx.client.change<Body>(`${BASE}/claims/${meeting.body.id}/approve`, chief, meeting.etag);
      await ctx.client.change(`${BASE}/claims/${meeting.body.id}/approve`, director, meeting.etag, { note: '同意，按会议费标准结算' });
      // Waiting for the chief: travel.
      const travel = await ctx.client.create<Body>(`${BASE}/claims`, caiwu, claim({ title: '赴济南参加全省政务值班培训', claimantName: '张悦', expenseKind: 'travel', items: [{ description: '往返高铁票', amountFen: 31_800, occurredOn: inDays(-3) }, { description: '住宿 2 晚', amountFen: 76_000, occurredOn: inDays(-3) }, { description: '伙食补助费及市内交通费 3 天', amountFen: 54_000, occurredOn: inDays(-3) }], trips: [{ travellerName: '张悦', rankClass: 'other', destination: 'jinan', departOn: inDays(-5), returnOn: inDays(-3), nights: 2, lodgingFen: 76_000, mealFen: 30_000, transportFen: 24_000 }] }));
      await ctx.client.change(`${BASE}/claims/${travel.body.id}/submit`, caiwu, travel.etag);
      // Returned with a reason.
      let returned = await ctx.client.create<Body>(`${BASE}/claims`, caiwu, claim({ title: '公务接待用餐', claimantName: '周文博', expenseKind: 'reception', items: [{ description: '接待市调研组工作餐', amountFen: 48_000, occurredOn: inDays(-2) }] }));
      returned = await ctx.client.change<Body>(`${BASE}/claims/${returned.body.id}/submit`, caiwu, returned.etag);
      await ctx.client.change(`${BASE}/claims/${returned.body.id}/return`, chief, returned.etag, { reason: '缺公务接待审批单和接待清单，请补齐后重新提交' });
      // A draft: 劳务费 in cash (outside the 公务卡 list).
      await ctx.client.create<Body>(`${BASE}/claims`, caiwu, claim({ title: '专家评审劳务费', claimantName: '钱伟', expenseKind: 'other_labour', paymentMethod: 'cash', items: [{ description: '政策评审专家劳务费', amountFen: 80_000, occurredOn: inDays(-1) }] }));
      return { paidClaim: paid.body.id, meetingClaim: meeting.body.id };
    },
  },
  {
    name: '财务科：工资扣缴（累计预扣法，已确认与待确认）',
    async run(ctx) {
      const caiwu = await as(ctx, 'caiwu_ky');
      const year = Number(inDays(0).slice(0, 4));
      const month = Number(inDays(0).slice(5, 7));
      for (const staffMemberId of [ctx.refs.staffCaiwuKz, ctx.refs.staffCaiwuKy]) {
        for (let m = 1; m <= month; m++) {
          const slip = await ctx.client.create<Body>(`${BASE}/payslips`, caiwu, { staffMemberId, year, month: m, specialAdditionalFen: 200_000 });
          // The current month stays pending (待确认); the months before are confirmed.
          if (m < month) await ctx.client.change(`${BASE}/payslips/${slip.body.id}/confirm`, caiwu, slip.etag);
        }
      }
      return {};
    },
  },
  {
    name: '人事科：党组会、主任办公会（议定事项交督查室督办）',
    async run(ctx) {
      const renshi = await as(ctx, 'renshi_ky');
      const [lead, co] = await Promise.all(['BS-ZJJ', 'BS-JTJ'].map((code) => unit(ctx, code)));
      const M = `${BASE}/leading-group-meetings`;
      // Held and published: its decided items go to 督查室 as 督办 items.
      let held = await ctx.client.create<Body>(M, renshi, {
        kind: 'party_group',
        title: '办公室党组2026年第12次会议',
        meetingDate: inDays(-3),
        chairName: '孙建国',
        agenda: [
          { title: '研究2027年度部门预算草案', sectionCode: 'caiwu' },
          { title: '研究年度考核工作方案', sectionCode: 'renshi' },
        ],
      });
      held = await ctx.client.change<Body>(`${M}/${held.body.id}/notify`, renshi, held.etag, { approvedBy: '孙建国' });
      held = await withUnits(() =>
        ctx.client.change<Body>(`${M}/${held.body.id}/minutes`, renshi, held.etag, {
          attendees: ['孙建国', '杨帆', '钱伟', '李明'],
          absentees: ['周文博（请假）'],
          minutesNumber: '〔2026〕12号',
          minutes: '会议研究了2027年度部门预算草案和年度考核工作方案。',
          decisions: [
            { content: '同意老旧小区改造配套资金纳入2027年度预算草案，按程序报区财政局审核', leadUnitId: lead, coUnitIds: [co], dueDate: inDays(20) },
            { content: '农村学校音体美教师缺编问题拿出解决方案，提交区政府常务会议研究', leadUnitId: co, coUnitIds: [] },
          ],
        }),
      );
      await ctx.client.change(`${M}/${held.body.id}/publish`, renshi, held.etag);
      await itemsFrom(ctx, held.body.id, 2);
      // Notified, not yet held.
      const next = await ctx.client.create<Body>(M, renshi, { kind: 'director_office', title: '主任办公会（第8次）', meetingDate: inDays(5), chairName: '孙建国', agenda: [{ title: '研究机关办公用房调整', sectionCode: 'jiguan_shiwu' }] });
      await ctx.client.change(`${M}/${next.body.id}/notify`, renshi, next.etag, { approvedBy: '孙建国' });
      // Collecting topics.
      await ctx.client.create<Body>(M, renshi, { kind: 'party_group', title: '办公室党组2026年第13次会议', meetingDate: inDays(12), chairName: '孙建国', agenda: [{ title: '研究年度考核优秀等次人选', sectionCode: 'renshi' }] });
      return { publishedMeeting: held.body.id };
    },
  },
  {
    name: '财务科：预算/决算（批复、执行、调整、拨付、下属单位汇总、决算）与内部审计（整改与核查）',
    async run(ctx) {
      const caiwu = await as(ctx, 'caiwu_ky');
      const B = `${BASE}/budgets`;
      const year = Number(inDays(0).slice(0, 4));
      const [zjj, jtj, yjj] = await Promise.all(['BS-ZJJ', 'BS-JTJ', 'BS-YJJ'].map((code) => unit(ctx, code)));
      const items = [
        { functionCode: '2010301', economicCode: '30201', name: '行政运行—办公费', amountFen: 48_000_000 },
        { functionCode: '2010301', economicCode: '30211', name: '行政运行—差旅费', amountFen: 16_000_000 },
        { functionCode: '2010301', economicCode: '30215', name: '行政运行—会议费', amountFen: 12_000_000 },
        { functionCode: '2010350', economicCode: '39999', name: '事业运行—专项业务经费', amountFen: 150_000_000 },
      ];
      const approve = (id: string, etag: string, y: number) => ctx.client.change<Body>(`${B}/${id}/approve`, caiwu, etag, { documentNumber: `博财预〔${y}〕3号`, approvedOn: `${y}-01-20`, approvedBy: '博山区财政局' });
      const entry = (id: string, etag: string, body: object) => ctx.client.change<Body>(`${B}/${id}/entries`, caiwu, etag, body);
      // Last year: executed and closed (决算).
      let last = await ctx.client.create<Body>(B, caiwu, { year: year - 1, title: `${year - 1} 年度部门预算`, items });
      last = await approve(last.body.id, last.etag, year - 1);
      last = await entry(last.body.id, last.etag, { itemKey: '2010301/30201', kind: 'payment', amountFen: 45_230_000, occurredOn: `${year - 1}-11-30`, reference: `记-${year - 1}11-0102`, purpose: '全年办公费支出' });
      last = await entry(last.body.id, last.etag, { itemKey: '2010350/39999', kind: 'payment', amountFen: 139_600_000, occurredOn: `${year - 1}-12-20`, reference: `记-${year - 1}12-0087`, purpose: '专项业务支出' });
      await ctx.client.change(`${B}/${last.body.id}/close`, caiwu, last.etag, { closedOn: `${year - 1}-12-31` });
      // This year: approved, executed, adjusted, 拨付 to a unit, the units' budgets summarised.
      let current = await ctx.client.create<Body>(B, caiwu, { year, title: `${year} 年度部门预算`, items });
      current = await approve(current.body.id, current.etag, year);
      current = await entry(current.body.id, current.etag, { itemKey: '2010301/30201', kind: 'commitment', amountFen: 6_800_000, occurredOn: inDays(-60), reference: `HT-${year}-007`, purpose: '办公用品年度框架采购合同' });
      current = await entry(current.body.id, current.etag, { itemKey: '2010301/30201', kind: 'payment', amountFen: 320_050, occurredOn: inDays(-8), reference: '值班室办公用品报销', purpose: '打印纸、硒鼓' });
      current = await entry(current.body.id, current.etag, { itemKey: '2010301/30215', kind: 'payment', amountFen: 5_600_000, occurredOn: inDays(-4), reference: '全区政府系统办公室工作会议', purpose: '会议费' });
      current = await entry(current.body.id, current.etag, { itemKey: '2010301/30211', kind: 'payment', amountFen: 9_850_000, occurredOn: inDays(-20), reference: `记-${year}-0215`, purpose: '上半年差旅费' });
      current = await ctx.client.change<Body>(`${B}/${current.body.id}/adjust`, caiwu, current.etag, {
        reason: '承办全市政务值班工作现场会，追加会议费',
        documentNumber: `博财预〔${year}〕21号`,
        approvedBy: '博山区财政局',
        approvedOn: inDays(-15),
        changes: [{ functionCode: '2010301', economicCode: '30215', name: '行政运行—会议费', amountFen: 18_000_000 }],
      });
      current = await withUnits(() =>
        ctx.client.change<Body>(`${B}/${current.body.id}/transfers`, caiwu, current.etag, { itemKey: '2010350/39999', unitId: zjj, unitName: '区住房和城乡建设局', amountFen: 30_000_000, purpose: '老旧小区改造配套资金（第一批）', approvedBy: '孙建国', approvedOn: inDays(-10), occurredOn: inDays(-9), reference: `拨-${year}-003` }),
      );
      current = await ctx.client.change<Body>(`${B}/${current.body.id}/unit-budgets`, caiwu, current.etag, { unitId: zjj, unitName: '区住房和城乡建设局', basicFen: 860_000_000, projectFen: 1_240_000_000 });
      await ctx.client.change(`${B}/${current.body.id}/unit-budgets`, caiwu, current.etag, { unitId: jtj, unitName: '区教育和体育局', basicFen: 2_150_000_000, projectFen: 680_000_000 });
      // Next year: a draft.
      await ctx.client.create<Body>(B, caiwu, { year: year + 1, title: `${year + 1} 年度部门预算（草案）`, items });

      const A = `${BASE}/internal-audits`;
      const team = ['钱伟', '林娜'];
      const plan = (unitId: string, unitName: string, scope: string, plannedOn: string) => ({ unitId, unitName, periodFrom: `${year - 1}-01-01`, periodTo: `${year - 1}-12-31`, scope, team, plannedOn });
      type Audit = Body & { findings: { id: string }[] };
      // Closed: one finding, rectified and verified.
      let closed = await ctx.client.create<Audit>(A, caiwu, plan(yjj, '区应急管理局', `${year - 1} 年度财务收支及“三公”经费`, inDays(-90)));
      closed = await ctx.client.change<Audit>(`${A}/${closed.body.id}/start`, caiwu, closed.etag, { startedOn: inDays(-88) });
      closed = await ctx.client.change<Audit>(`${A}/${closed.body.id}/findings`, caiwu, closed.etag, { category: 'official_spending', description: '公务接待无接待清单 2 笔', amountFen: 356_000, requirement: '补齐接待清单，完善接待审批', dueDate: inDays(-40) });
      closed = await ctx.client.change<Audit>(`${A}/${closed.body.id}/report`, caiwu, closed.etag, { reportNumber: `博政办财审〔${year}〕1号`, reportedOn: inDays(-70) });
      closed = await ctx.client.change<Audit>(`${A}/${closed.body.id}/rectify`, caiwu, closed.etag, { findingId: closed.body.findings[0].id, measures: '已补齐接待清单，修订接待管理办法', reportedOn: inDays(-45) });
      closed = await ctx.client.change<Audit>(`${A}/${closed.body.id}/verify`, caiwu, closed.etag, { findingId: closed.body.findings[0].id, passed: true, note: '清单与办法已核对，销号', verifiedOn: inDays(-42) });
      await ctx.client.change(`${A}/${closed.body.id}/close`, caiwu, closed.etag, { closedOn: inDays(-40) });
      // 整改中: one finding verified, one overdue (red in 待办), one rectified awaiting 核查.
      let rectifying = await ctx.client.create<Audit>(A, caiwu, plan(zjj, '区住房和城乡建设局', `${year - 1} 年度预算执行、政府采购和资产管理`, inDays(-50)));
      rectifying = await ctx.client.change<Audit>(`${A}/${rectifying.body.id}/start`, caiwu, rectifying.etag, { startedOn: inDays(-48) });
      for (const f of [
        { category: 'assets', description: '固定资产账实不符，盘亏电脑 6 台', amountFen: 3_120_000, requirement: '全面清查，按程序核销或追责', dueDate: inDays(-5) },
        { category: 'procurement', description: '分拆采购规避政府采购 1 项', amountFen: 48_600_000, requirement: '建立采购计划管理，整改到位', dueDate: inDays(30) },
        { category: 'internal_control', description: '未建立合同管理制度', requirement: '制定合同管理办法', dueDate: inDays(15) },
      ]) rectifying = await ctx.client.change<Audit>(`${A}/${rectifying.body.id}/findings`, caiwu, rectifying.etag, f);
      rectifying = await ctx.client.change<Audit>(`${A}/${rectifying.body.id}/report`, caiwu, rectifying.etag, { reportNumber: `博政办财审〔${year}〕3号`, reportedOn: inDays(-30) });
      const [, second, third] = rectifying.body.findings;
      rectifying = await ctx.client.change<Audit>(`${A}/${rectifying.body.id}/rectify`, caiwu, rectifying.etag, { findingId: third.id, measures: '合同管理办法已经局党组会审议印发', reportedOn: inDays(-6) });
      rectifying = await ctx.client.change<Audit>(`${A}/${rectifying.body.id}/verify`, caiwu, rectifying.etag, { findingId: third.id, passed: true, note: '印发文件已核对，销号', verifiedOn: inDays(-3) });
      await ctx.client.change(`${A}/${rectifying.body.id}/rectify`, caiwu, rectifying.etag, { findingId: second.id, measures: '已制定年度采购计划并公开', reportedOn: inDays(-1) });
      // Planned, and one withdrawn before fieldwork.
      await ctx.client.create<Audit>(A, caiwu, plan(jtj, '区教育和体育局', `${year - 1} 年度专项资金使用`, inDays(20)));
      const dropped = await ctx.client.create<Audit>(A, caiwu, plan(yjj, '区应急管理局', '专项审计：救灾物资采购', inDays(25)));
      await ctx.client.change(`${A}/${dropped.body.id}/withdraw`, caiwu, dropped.etag, { reason: '已由区审计局列入年度审计计划，避免重复审计' });
      return { currentBudget: current.body.id, rectifyingAudit: rectifying.body.id };
    },
  },
  {
    name: '财务科：国有资产（采购程序各步、资产卡片、调拨、处置、盘点）；人事科：培训计划、班次与出勤',
    async run(ctx) {
      const caiwu = await as(ctx, 'caiwu_ky');
      const director = await as(ctx, 'zhuren');
      const renshi = await as(ctx, 'renshi_ky');
      const P = `${BASE}/asset-purchases`;
      const staff = (await ctx.client.get<{ items: Body[] }>(`${BASE}/staff-members`, renshi, { status: 'active', limit: 100 })).body.items;
      const keeper = staff.find((m) => m.name === '林娜') ?? staff[0];
      const request = (name: string, category: string, estimatedFen: number) => ctx.client.create<Body>(P, caiwu, { name, category, estimatedFen, purpose: '办公设备更新，列入年度资产配置计划' });
      /** The whole procedure to a card: 申请 → 审批 → 采购 → 验收 → 建卡. */
      const carded = async (name: string, category: string, amountFen: number, on: string, location: string) => {
        let p = await request(name, category, amountFen);
        p = await ctx.client.change<Body>(`${P}/${p.body.id}/approve`, director, p.etag, { opinion: '同意' });
        p = await ctx.client.change<Body>(`${P}/${p.body.id}/buy`, caiwu, p.etag, { supplier: '淄博市博山区某办公设备有限公司', amountFen, purchasedOn: on });
        p = await ctx.client.change<Body>(`${P}/${p.body.id}/accept`, caiwu, p.etag, { acceptedOn: on, acceptors: '钱伟、林娜' });
        p = await ctx.client.change<Body>(`${P}/${p.body.id}/card`, caiwu, p.etag, { location, keeperStaffMemberId: keeper.id });
        return ctx.client.get<Body>(`${BASE}/assets/${String(p.body.assetId)}`, caiwu);
      };
      const pc = await carded('台式计算机（财务科）', 'general_equipment', 598_000, inDays(-60), '办公楼 305 财务科');
      const printer = await carded('激光打印机', 'general_equipment', 236_000, inDays(-45), '办公楼 305 财务科');
      await carded('文件柜', 'furniture', 128_050, inDays(-30), '办公楼 402 档案室');
      const old = await carded('复印机（旧）', 'general_equipment', 1_850_000, inDays(-400), '办公楼 201 文印室');
      // A transfer to another keeper and place; an old copier scrapped with approval (kept as 已处置); one disposal waiting.
      await ctx.client.change(`${BASE}/assets/${printer.body.id}/transfer`, caiwu, printer.etag, { kind: 'allocation', transferredOn: inDays(-20), location: '办公楼 208 综合科', keeperName: '张悦', reason: '综合科打印任务增加，调剂使用' });
      const copier = await ctx.client.change<Body>(`${BASE}/assets/${old.body.id}/request-disposal`, caiwu, old.etag, { kind: 'scrap', reason: '已超使用年限，维修费用高于残值' });
      await ctx.client.change(`${BASE}/assets/${old.body.id}/approve-disposal`, director, copier.etag, { documentNumber: '博政办资〔2026〕2号', disposedOn: inDays(-10) });
      const idle = await ctx.client.change<Body>(`${BASE}/assets/${pc.body.id}/set-use`, caiwu, pc.etag, { status: 'idle', reason: '人员调出，暂时闲置' });
      await ctx.client.change(`${BASE}/assets/${pc.body.id}/request-disposal`, caiwu, idle.etag, { kind: 'allocation_out', reason: '调剂给区机关事务服务中心使用' });
      // One request waiting for approval, one bought and waiting for acceptance, one refused.
      await request('会议室投影仪', 'general_equipment', 850_000);
      let bought = await request('碎纸机', 'general_equipment', 120_000);
      bought = await ctx.client.change<Body>(`${P}/${bought.body.id}/approve`, director, bought.etag, {});
      await ctx.client.change(`${P}/${bought.body.id}/buy`, caiwu, bought.etag, { supplier: '淄博市博山区某办公设备有限公司', amountFen: 118_000, purchasedOn: inDays(-2) });
      const refused = await request('办公沙发', 'furniture', 960_000);
      await ctx.client.change(`${P}/${refused.body.id}/reject`, director, refused.etag, { reason: '不符合办公用房配置标准' });
      // An inventory in progress: the first card found, the rest still to check.
      const inv = await ctx.client.create<Body & { lines: { assetId: string }[] }>(`${BASE}/asset-inventories`, caiwu, { title: '季度资产盘点', asOf: inDays(-1) });
      await ctx.client.change(`${BASE}/asset-inventories/${inv.body.id}/results`, caiwu, inv.etag, { assetId: inv.body.lines[0].assetId, result: 'found' });

      // 培训: this year's plans, two sessions with attendance (one absence with its reason), one plan withdrawn.
      const T = `${BASE}/training-plans`;
      const year = Number(inDays(0).slice(0, 4));
      const plan = await ctx.client.create<Body>(T, renshi, { year, title: `${year} 年度机关干部在职培训`, kind: 'in_service', plannedHours: 96, note: '区委党校承办，网络学院同步' });
      await ctx.client.create<Body>(T, renshi, { year, title: '新录用公务员初任培训', kind: 'initial', plannedHours: 100 });
      const dropped = await ctx.client.create<Body>(T, renshi, { year, title: '保密专题培训（重复）', kind: 'specialized', plannedHours: 8 });
      await ctx.client.change(`${T}/${dropped.body.id}/withdraw`, renshi, dropped.etag, { reason: '与区保密局组织的培训重复' });
      const attendees = staff.slice(0, 6).map((m, i) => (i === 5 ? { staffMemberId: m.id, attended: false, absenceReason: '外出执行公务' } : { staffMemberId: m.id, attended: true }));
      const first = Number(inDays(-30).slice(0, 4)) === year ? inDays(-30) : inDays(0);
      const second = Number(inDays(-7).slice(0, 4)) === year ? inDays(-7) : inDays(0);
      await ctx.client.create(`${BASE}/training-sessions`, renshi, { planId: plan.body.id, title: '第一期：依法行政专题', heldOn: first, hours: 40, days: 5, organiser: '区委党校', attendees });
      await ctx.client.create(`${BASE}/training-sessions`, renshi, { planId: plan.body.id, title: '第二期：政务服务能力提升', heldOn: second, hours: 16, days: 2, organiser: '区委党校', attendees: attendees.slice(0, 3) });
      return { assetInventory: inv.body.id, trainingPlan: plan.body.id };
    },
  },
  {
    name: '人事科：事业单位绩效考核（方案、自评、审核扣分、优秀比例、结果确定）与工资晋级晋档（晋升级别、其他、作废）',
    async run(ctx) {
      const renshi = await as(ctx, 'renshi_ky');
      const year = Number(inDays(0).slice(0, 4));
      const codes = ['BS-YJJ', 'BS-ZJJ', 'BS-JTJ', 'BS-JD-ST'];
      const liaisons = ['lly_yjj', 'lly_zjj', 'lly_jtj', 'lly_st'];
      const unitIds = await Promise.all(codes.map((code) => unit(ctx, code)));
      const indicators = [
        { key: 'duty', name: '履职尽责', weight: 40 },
        { key: 'management', name: '内部管理', weight: 25 },
        { key: 'service', name: '服务质量', weight: 20 },
        { key: 'integrity', name: '党风廉政', weight: 15 },
      ];
      const scores = (duty: number, management: number, service: number, integrity: number, note?: string) =>
        [
          ['duty', duty, 40],
          ['management', management, 25],
          ['service', service, 20],
          ['integrity', integrity, 15],
        ].map(([indicatorKey, score, weight]) => ({ indicatorKey, score, ...(note && score !== weight ? { note } : {}) }));
      const selfScore = async (id: string, i: number, s: ReturnType<typeof scores>) => {
        const liaison = await as(ctx, liaisons[i]);
        const read = await ctx.client.get<Body>(`${BASE}/institution-assessments/${id}`, liaison);
        await ctx.client.change(`${BASE}/institution-assessments/${id}/self-score`, liaison, read.etag, { unitId: unitIds[i], scores: s });
      };
      // Last year's: every unit self-scored, reviewed with reasons for each deduction, 优秀 within ⌊4 × 30%⌋ = 1, final.
      const last = await withUnits(() => ctx.client.create<Body>(`${BASE}/institution-assessments`, renshi, { year: year - 1, title: `${year - 1}年度下属事业单位绩效考核`, indicators, unitIds }));
      for (const [i, s] of [scores(40, 25, 20, 15), scores(39, 25, 19, 15), scores(38, 24, 20, 15), scores(36, 22, 18, 15)].entries()) await selfScore(last.body.id, i, s);
      let step = await ctx.client.get<Body>(`${BASE}/institution-assessments/${last.body.id}`, renshi);
      step = await ctx.client.change<Body>(`${BASE}/institution-assessments/${last.body.id}/start-review`, renshi, step.etag);
      const reviews: [number, ReturnType<typeof scores>, string?][] = [
        [0, scores(38, 24, 20, 15, '应急预案演练记录不全')],
        [1, scores(37, 24, 19, 14, '项目台账更新不及时'), 'good'],
        [2, scores(34, 22, 18, 14, '重点任务进度滞后')],
        [3, scores(28, 18, 14, 12, '多项年度任务未完成')],
      ];
      for (const [i, s, grade] of reviews) step = await ctx.client.change<Body>(`${BASE}/institution-assessments/${last.body.id}/review`, renshi, step.etag, { unitId: unitIds[i], scores: s, ...(grade ? { grade } : {}) });
      await ctx.client.change(`${BASE}/institution-assessments/${last.body.id}/finalize`, renshi, step.etag);
      // This year's: under way, two units have entered their self-scores.
      const current = await withUnits(() => ctx.client.create<Body>(`${BASE}/institution-assessments`, renshi, { year, title: `${year}年度下属事业单位绩效考核`, indicators, unitIds }));
      await selfScore(current.body.id, 0, scores(39, 25, 20, 15));
      await selfScore(current.body.id, 1, scores(38, 24, 19, 15));

      // 工资晋级晋档: a 晋升级别 from January, a change of kind 其他 with its basis, and one entered wrongly and voided.
      const change = (staffMemberId: string, body: object) =>
        ctx.client.create<Body>(`${BASE}/salary-changes`, renshi, { staffMemberId, basisDocument: `博人社发〔${year}〕3号`, approvedBy: '杨帆', approvedOn: `${year}-01-05`, effectiveYear: year, ...body });
      await change(ctx.refs.staffCaiwuKz, { kind: 'grade_promotion', before: { grade: 20, step: 4, baseSalaryFen: 298_000 }, after: { grade: 19, step: 3, baseSalaryFen: 321_000 }, effectiveMonth: 1 });
      const wrong = await change(ctx.refs.staffRenshiKy, { kind: 'other', before: { grade: 23, step: 3, baseSalaryFen: 241_000 }, after: { grade: 23, step: 3, baseSalaryFen: 246_000 }, effectiveMonth: 3, basis: '基本工资标准调整' });
      await ctx.client.change(`${BASE}/salary-changes/${wrong.body.id}/void`, renshi, wrong.etag, { reason: '执行月份有误，应自 1 月起执行' });
      await change(ctx.refs.staffRenshiKy, { kind: 'other', before: { grade: 23, step: 3, baseSalaryFen: 241_000 }, after: { grade: 23, step: 3, baseSalaryFen: 246_000 }, effectiveMonth: 1, basis: '基本工资标准调整' });
      return { institutionAssessment: last.body.id };
    },
  },
];
