import type { ApiAnswer } from './client.js';
import { as, at, inDays, today, unit, urgentMatterFrom, type DemoContext, type DemoStep } from './records.js';

type Body = Record<string, unknown> & { id: string; version: number };
type Answer = ApiAnswer<Body>;

/** A demo 身份证号 with a valid shape (not a real person's). */
const idNumber = (n: number) => `3703041975${String(1000 + n).slice(-2)}${String(10 + (n % 18)).padStart(2, '0')}${String(200 + n).slice(-3)}${n % 10}`.slice(0, 18);
const day = (from: string, n: number) => new Date(Date.parse(`${from}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

/** An application: one country of Europe, `days` days all official, the members given. */
function application(title: string, unitName: string, departureDate: string, days: number, members: { name: string; post: string; leadership?: boolean; role?: string }[], n: number, extra: object = {}) {
  return {
    title,
    unitName,
    purpose: `${title}：商谈经贸合作、考察产业园区`,
    planYear: Number(departureDate.slice(0, 4)),
    planEntry: `${departureDate.slice(0, 4)}年度因公出访计划：${unitName}经贸交流`,
    countries: [{ name: '德国', region: 'other', transit: false, leavesAirport: false }],
    departureDate,
    returnDate: day(departureDate, days - 1),
    itinerary: Array.from({ length: days }, (_, i) => ({ date: day(departureDate, i), place: '德国 杜塞尔多夫', business: i === 0 ? '抵达，与邀请方工作会谈' : '考察企业、洽谈合作', official: true })),
    members: members.map((m, i) => ({ name: m.name, post: m.post, rank: '正科级', unitName, leadership: m.leadership ?? false, role: m.role ?? 'delegate', idNumber: idNumber(n * 10 + i), passportNumber: `E${String(88000000 + n * 10 + i)}` })),
    inviter: '杜塞尔多夫市经济促进局',
    invitationSummary: '邀请博山区代表团赴德商谈陶瓷琉璃产业合作',
    budgetFen: 9_800_000,
    ...extra,
  };
}

const change = async (ctx: DemoContext, path: string, username: string, answer: Answer, body: object = {}): Promise<Answer> => ctx.client.change<Body>(path, await as(ctx, username), answer.etag, body);

/** The demo steps of 外事 (foreign-affairs), made through the gateway's routes, in every interesting state. */
export const foreignAffairsDemoSteps: DemoStep[] = [
  {
    name: '外事：因公临时出国（草稿违规提示、报送审核、审批、公示中、逾期未报告、已报告）',
    async run(ctx) {
      const office = 'waishi_ky';
      const trips = '/api/foreign-affairs/trips';
      const path = (answer: Answer, action: string) => `${trips}/${answer.body.id}/${action}`;
      const people = (names: string[]) => names.map((name, i) => ({ name, post: i === 0 ? '副局长' : '科长', role: i === names.length - 1 && names.length > 2 ? 'interpreter' : 'delegate' }));

      // A liaison's draft that breaks two rules (7 people, two leaders of one unit): the breaches show on the page.
      const draft = await ctx.client.create<Body>(
        trips,
        await as(ctx, 'lly_yjj'),
        application('区应急管理局应急救援考察团', '博山区应急管理局', inDays(40), 5, [
          { name: '谢军', post: '局长', leadership: true },
          { name: '马超', post: '副局长', leadership: true },
          ...people(['钱芳', '李响', '王晨', '赵倩', '刘洋']),
        ], 1, { unitId: await unit(ctx, 'BS-YJJ') }),
      );

      // Submitted by 外事科 and waiting for review.
      const submitted = await ctx.client.create<Body>(trips, await as(ctx, office), application('博山区陶琉产业考察团', '博山区商务局', inDays(30), 5, people(['孙立', '周敏', '吴迪']), 2));
      await change(ctx, path(submitted, 'submit'), office, submitted);

      // Approved and in its 公示 (published today): cannot leave before it has run 5 working days; one member briefed.
      let publicized = await ctx.client.create<Body>(trips, await as(ctx, office), application('博山区友好城市交流团', '博山区外事办公室', inDays(20), 4, people(['郑华', '冯雪', '褚伟']), 3));
      publicized = await change(ctx, path(publicized, 'submit'), office, publicized);
      publicized = await change(ctx, path(publicized, 'review'), 'waishi_kz', publicized, { decision: 'pass', opinion: '符合因公临时出国规定，同意报批' });
      publicized = await change(ctx, path(publicized, 'approve'), 'quzhang', publicized, { decision: 'pass', opinion: '同意' });
      publicized = await change(ctx, path(publicized, 'publicize'), office, publicized, { publishedOn: today() });
      publicized = await change(ctx, path(publicized, 'briefings'), office, publicized, { member: 0, briefedOn: today(), note: '外事纪律、保密与安全教育' });

      // Returned 40 days ago without its report: red in 待办; passports handed back.
      const late = await completeTrip(ctx, application('博山区教育交流访问团', '博山区教育和体育局', inDays(-46), 5, people(['曹阳', '林静', '何平']), 4, { unitId: await unit(ctx, 'BS-JTJ') }), inDays(-66), inDays(-46), inDays(-42));
      await change(ctx, path(late, 'passports'), office, late, { returnedOn: inDays(-38) });

      // Returned and reported in time.
      let done = await completeTrip(ctx, application('博山区经贸洽谈团', '博山区商务局', inDays(-14), 5, people(['宋涛', '韩梅', '邓超']), 5), inDays(-34), inDays(-14), inDays(-10));
      done = await change(ctx, path(done, 'passports'), office, done, { returnedOn: inDays(-5) });
      await change(ctx, path(done, 'report'), office, done, { report: '代表团按计划完成考察、洽谈等公务活动，与两家企业签订合作意向书。', publicSummary: '博山区经贸洽谈团赴德国杜塞尔多夫洽谈陶瓷琉璃产业合作，签订合作意向书2份。' });
      return { tripDraft: draft.body.id, tripSubmitted: submitted.body.id, tripPublicized: publicized.body.id, tripLate: late.body.id, tripDone: done.body.id };
    },
  },
  {
    name: '外事：外宾接待（列入领导日程）与涉外案事件、领事保护',
    async run(ctx) {
      const office = 'waishi_ky';
      const receptions = '/api/foreign-affairs/receptions';
      const visit = inDays(7);
      const planned = await ctx.client.create<Body>(receptions, await as(ctx, office), {
        title: '接待德国杜塞尔多夫市经济代表团',
        protocolLevel: 'important',
        purpose: '商谈陶瓷琉璃产业合作，考察博山陶琉文化',
        startsAt: at(visit, '09:00'),
        endsAt: at(visit, '17:00'),
        location: '博山宾馆',
        guests: [
          { name: 'Anna Schmidt', organization: '杜塞尔多夫市经济促进局', title: '局长', country: '德国' },
          { name: 'Lukas Weber', organization: '杜塞尔多夫市经济促进局', title: '项目经理', country: '德国' },
        ],
        leaders: [{ userId: ctx.accounts.idOf('quzhang'), name: '刘志强' }],
        programme: [
          { at: at(visit, '09:30'), item: '区长会见', location: '博山宾馆' },
          { at: at(visit, '14:00'), item: '参观博山陶琉馆', location: '博山陶琉馆' },
        ],
        responsible: [
          { name: '潘婷', duty: '迎送、翻译协调' },
          { name: '梁晨', duty: '总体协调' },
        ],
        gifts: [{ item: '博山琉璃摆件', recipient: 'Anna Schmidt', quantity: 1, unitValueFen: 38_000 }],
      });
      const scheduled = await change(ctx, `${receptions}/${planned.body.id}/schedule`, office, planned);

      const incidents = '/api/foreign-affairs/incidents';
      const received = new Date(Date.now() - 3 * 3_600_000).toISOString();
      let consular = await ctx.client.create<Body>(incidents, await as(ctx, office), {
        kind: 'consular',
        title: '我区务工人员在德国遭遇交通事故',
        level: 'general',
        occurredAt: new Date(Date.now() - 5 * 3_600_000).toISOString(),
        receivedAt: received,
        location: '德国 杜塞尔多夫',
        country: '德国',
        summary: '一名我区务工人员受伤住院，家属请求协助联系驻外使领馆。',
        units: [{ name: '博山区人力资源和社会保障局' }],
        contacts: [{ name: '张某家属', relation: '家属', phone: '13805331234' }],
      });
      consular = await change(ctx, `${incidents}/${consular.body.id}/reports`, office, consular, { stage: 'initial', reportedAt: new Date().toISOString(), to: '区政府值班室', content: '已接报，正联系驻杜塞尔多夫总领馆' });
      await change(ctx, `${incidents}/${consular.body.id}/actions`, office, consular, { at: new Date().toISOString(), action: '联系驻杜塞尔多夫总领馆，通报伤者信息' });
      // Reported to the duty office (incident.reported): its 紧急事项.
      await urgentMatterFrom(ctx, consular.body.id);
      return { reception: scheduled.body.id, consular: consular.body.id };
    },
  },
  {
    name: '外事：国际友好关系（签约、协议、互访）、荣誉称号、外事制度与教育、外事委会议与报告',
    async run(ctx) {
      const office = 'waishi_ky';
      const friendships = '/api/foreign-affairs/friendships';
      // A 友好城市 relation signed, with its agreement and one exchange (the 外事科's record).
      let relation = await ctx.client.create<Body>(friendships, await as(ctx, office), {
        partnerName: '德国杜塞尔多夫市',
        partnerOriginalName: 'Landeshauptstadt Düsseldorf',
        partnerType: 'city',
        country: '德国',
        kind: 'sister_city',
        responsibleUnitName: '博山区外事办公室',
        note: '陶瓷琉璃产业、职业教育合作',
      });
      relation = await change(ctx, `${friendships}/${relation.body.id}/agreements`, office, relation, { title: '博山区与杜塞尔多夫市建立友好城市关系协议书', signedOn: inDays(-200), place: '杜塞尔多夫', signatories: ['刘志强', 'Stephan Keller'] });
      relation = await change(ctx, `${friendships}/${relation.body.id}/exchanges`, office, relation, { date: inDays(-120), direction: 'inbound', delegationHead: 'Anna Schmidt', summary: '杜塞尔多夫市经济促进局代表团来访，考察博山陶琉产业园。' });
      relation = await change(ctx, `${friendships}/${relation.body.id}/sign`, office, relation, { signedOn: inDays(-200) });

      // A 荣誉称号 proposed and reviewed by 外事科 (waiting for approval).
      const titles = '/api/foreign-affairs/honorary-titles';
      const proposed = await ctx.client.create<Body>(titles, await as(ctx, office), {
        titleName: '博山区荣誉市民',
        nomineeName: 'Anna Schmidt',
        nationality: '德国',
        passportNumber: 'C4F8K2L9M',
        contribution: '促成两地建立友好城市关系，推动陶瓷琉璃产业合作项目落地。',
        proposingUnitName: '博山区外事办公室',
        friendshipId: relation.body.id,
      });
      const reviewed = await change(ctx, `${titles}/${proposed.body.id}/review`, office, proposed, { opinion: '材料齐全，符合授予条件，同意报批' });

      // A 外事制度 in its second version.
      const regulations = '/api/foreign-affairs/regulations';
      const text = { title: '博山区外事接待管理规定', documentNumber: '博外办发〔2024〕3号', kind: 'provision', effectiveOn: inDays(-400), body: '第一条 为规范全区外事接待工作，制定本规定。' };
      const regulation = await ctx.client.create<Body>(regulations, await as(ctx, office), text);
      const revised = await change(ctx, `${regulations}/${regulation.body.id}/revisions`, office, regulation, { ...text, documentNumber: '博外办发〔2026〕2号', effectiveOn: inDays(-30), body: '第一条 为规范全区外事接待工作，厉行节约，制定本规定。', note: '按礼品赠受新要求修订' });

      // A 外事教育 session with its attendance.
      const session = await ctx.client.create<Body>('/api/foreign-affairs/education-sessions', await as(ctx, office), {
        heldOn: inDays(-10),
        topic: '因公出国（境）外事纪律教育',
        kind: 'discipline',
        speaker: '梁晨',
        attendees: [
          { name: '宋涛', unitName: '博山区商务局', present: true },
          { name: '韩梅', unitName: '博山区商务局', present: true },
          { name: '邓超', unitName: '博山区商务局', present: false, absenceReason: '公务外出' },
        ],
      });

      // A 外事委会议 notified (no decided items: nothing goes to supervision) and a report being drafted.
      const meetings = '/api/foreign-affairs/committee/meetings';
      const meeting = await ctx.client.create<Body>(meetings, await as(ctx, office), {
        kind: 'plenary',
        title: '区委外事工作委员会2026年第二次全体会议',
        meetingDate: inDays(12),
        chairName: '刘志强',
        agenda: [
          { title: '研究与杜塞尔多夫市友好城市年度交流计划', submittingUnit: '博山区外事办公室' },
          { title: '通报全区因公出国（境）管理情况', submittingUnit: '博山区外事办公室' },
        ],
      });
      const notified = await change(ctx, `${meetings}/${meeting.body.id}/notify`, office, meeting, { noticeNumber: '博外委办〔2026〕2号', issuedOn: today() });
      const report = await ctx.client.create<Body>('/api/foreign-affairs/committee/reports', await as(ctx, office), {
        title: '博山区2026年外事工作情况报告',
        kind: 'work',
        recipient: 'city_foreign_affairs_office',
        period: '2026年度',
        requestedOn: today(),
        workingDays: 10,
        content: '一、基本情况\n二、主要工作\n三、下一步打算',
      });
      return { friendship: relation.body.id, honoraryTitle: reviewed.body.id, regulation: revised.body.id, educationSession: session.body.id, committeeMeeting: notified.body.id, committeeReport: report.body.id };
    },
  },
];

/** A trip taken from application to return: submitted, reviewed, approved, publicized, briefed, departed and returned. */
async function completeTrip(ctx: DemoContext, fields: ReturnType<typeof application>, publishedOn: string, departedOn: string, returnedOn: string): Promise<Answer> {
  const office = 'waishi_ky';
  const base = '/api/foreign-affairs/trips';
  let trip: Answer = await ctx.client.create<Body>(base, await as(ctx, office), fields);
  const step = async (action: string, username: string, body: object = {}) => (trip = await change(ctx, `${base}/${trip.body.id}/${action}`, username, trip, body));
  await step('submit', office);
  await step('review', 'waishi_kz', { decision: 'pass', opinion: '符合规定，同意报批' });
  await step('approve', 'quzhang', { decision: 'pass', opinion: '同意' });
  await step('publicize', office, { publishedOn });
  for (let member = 0; member < fields.members.length; member++) await step('briefings', office, { member, briefedOn: day(publishedOn, 2), note: '外事纪律、保密与安全教育' });
  await step('depart', office, { departedOn });
  await step('return', office, { returnedOn });
  return trip;
}
