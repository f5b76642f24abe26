import { as, at, inDays, restDay, today, unit, withUnits, workday, type DemoStep } from './records.js';

type Body = Record<string, unknown> & { id: string; version: number };

const BASE = '/api/facilities-and-vehicles';

/** The demo steps of 机关事务 (facilities-and-vehicles), made through the gateway's routes, in every interesting state. */
export const facilitiesAndVehiclesDemoSteps: DemoStep[] = [
  {
    name: '机关事务：公务用车编制与台账（购置、审批、不予批准、待审批）',
    async run(ctx) {
      const staff = await as(ctx, 'jiguan_ky');
      const [yjj, zjj] = await Promise.all(['BS-YJJ', 'BS-ZJJ'].map((code) => unit(ctx, code)));
      const quota = (unitId: string, category: string, n: number) =>
        withUnits(() => ctx.client.create(`${BASE}/vehicle-quotas`, staff, { unitId, category, quota: n, effectiveFrom: today(), source: '博山区机构编制委员会办公室公务用车编制核定（演示）' }));
      await quota(yjj, 'emergency', 3);
      await quota(zjj, 'law_enforcement', 2);
      const buy = (token: string, body: object) => ctx.client.create<Body>(`${BASE}/vehicles`, token, { purchaseKind: 'new', mileageKm: 0, markings: true, ...body });
      const approve = (created: { body: Body; etag: string }, approvalNumber: string) => ctx.client.change<Body>(`${BASE}/vehicles/${created.body.id}/approve`, staff, created.etag, { approvalNumber });
      const car1 = await buy(staff, { unitId: yjj, category: 'emergency', model: '红旗 H5', energyType: 'fuel', priceFen: 15_980_000, displacementMl: 1498, plate: '鲁C0G101', purchaseDate: inDays(-400), insuranceExpiry: inDays(20), inspectionExpiry: inDays(200) });
      const inService1 = await approve(car1, '博机管〔2025〕3号');
      const car2 = await buy(staff, { unitId: yjj, category: 'emergency', model: '比亚迪 汉 EV', energyType: 'electric', priceFen: 17_900_000, plate: '鲁CD0G102', purchaseDate: inDays(-120) });
      await approve(car2, '博机管〔2026〕1号');
      const car3 = await buy(staff, { unitId: zjj, category: 'law_enforcement', model: '长安 CS75', energyType: 'fuel', priceFen: 13_800_000, displacementMl: 1494, plate: '鲁C0G103', purchaseDate: inDays(-800) });
      await approve(car3, '博机管〔2024〕7号');
      // A liaison's request waiting for the section's decision (a 待办), and one refused.
      await buy(await as(ctx, 'lly_yjj'), { category: 'emergency', model: '吉利 星越 L', energyType: 'plug_in_hybrid', priceFen: 17_500_000, displacementMl: 1499 });
      const refused = await buy(await as(ctx, 'lly_zjj'), { category: 'law_enforcement', model: '奇瑞 瑞虎 8', energyType: 'fuel', priceFen: 12_900_000, displacementMl: 1598 });
      await ctx.client.change(`${BASE}/vehicles/${refused.body.id}/reject`, staff, refused.etag, { reason: '现有执法执勤用车使用率不足，暂缓购置' });
      return { car1: inService1.body.id, car2: car2.body.id, car3: car3.body.id };
    },
  },
  {
    name: '公车平台：驾驶员、用车申请、审批、派车、收车与节假日用车',
    async run(ctx) {
      const staff = await as(ctx, 'jiguan_ky');
      const chief = await as(ctx, 'jiguan_kz');
      const drivers: string[] = [];
      for (const [name, mobile, licenceClass] of [
        ['王建国', '13963301201', 'B2'],
        ['刘志强', '13963301202', 'C1'],
      ]) {
        drivers.push((await ctx.client.create<Body>(`${BASE}/drivers`, staff, { name, mobile, licenceClass })).body.id);
      }
      const car1 = ctx.refs.car1;
      const book = async (username: string, body: object) => ctx.client.create<Body>(`${BASE}/bookings`, await as(ctx, username), body);
      const trip = (day: string, from: string, to: string, purpose: string, destination: string, riders: string) => ({ purpose, origin: '区政府', destination, startsAt: at(day, from), endsAt: at(day, to), passengers: riders.split('，').length, riders });
      // Completed yesterday: dispatched, returned with its mileage and costs.
      const done = await book('lly_yjj', trip(workday(-1), '08:30', '11:30', '赴池上镇检查防汛物资储备', '池上镇政府', '谢军，赵刚'));
      const doneOk = await ctx.client.change<Body>(`${BASE}/bookings/${done.body.id}/approve`, staff, done.etag, {});
      const doneOut = await ctx.client.change<Body>(`${BASE}/bookings/${done.body.id}/dispatch`, staff, doneOk.etag, { vehicleId: car1, driverId: drivers[0] });
      await ctx.client.change(`${BASE}/bookings/${done.body.id}/complete`, staff, doneOut.etag, {
        mileageStartKm: 0,
        mileageEndKm: 86,
        fuelCostFen: 6_800,
        tollFen: 0,
        parkingFen: 1_000,
        returnedAt: at(workday(-1), '11:40'),
      });
      // Tomorrow: dispatched (on the board); a second request for the same car at an overlapping time is refused, another car is suggested.
      const out = await book('lly_zjj', trip(workday(1), '09:00', '12:00', '住建执法检查：城区在建工地扬尘治理', '城东街道建设工地', '韩磊，孙明，周涛'));
      const outOk = await ctx.client.change<Body>(`${BASE}/bookings/${out.body.id}/approve`, staff, out.etag, {});
      await ctx.client.change(`${BASE}/bookings/${out.body.id}/dispatch`, staff, outOk.etag, { vehicleId: car1, driverId: drivers[0] });
      // Approved, waiting for the dispatch (a 待办): car 1 is taken at that time, so the platform suggests car 2.
      const second = await book('lly_yjj', trip(workday(1), '10:00', '16:00', '陪同市应急局检查危化品企业', '博山经济开发区', '谢军'));
      await ctx.client.change(`${BASE}/bookings/${second.body.id}/approve`, staff, second.etag, {});
      // A request waiting for approval, a refused one, and a weekend trip waiting for the chief's extra approval.
      await book('lly_yjj', trip(workday(3), '14:00', '17:00', '参加全市应急管理工作会议', '淄博市应急管理局', '谢军'));
      const refused = await book('lly_zjj', trip(workday(2), '18:00', '21:00', '加班后送工作人员回家', '城西街道', '韩磊'));
      await ctx.client.change(`${BASE}/bookings/${refused.body.id}/reject`, staff, refused.etag, { reason: '不属于公务用车使用范围' });
      const saturday = restDay(2);
      const weekend = await book('lly_yjj', trip(saturday, '08:00', '18:00', '周末防汛应急值守巡查', '石马镇、源泉镇沿河村庄', '谢军，赵刚'));
      const weekendAsked = await book('lly_yjj', trip(saturday, '07:00', '09:00', '节假日应急物资调运', '区应急物资储备库', '谢军'));
      await ctx.client.change(`${BASE}/bookings/${weekendAsked.body.id}/approve`, chief, weekendAsked.etag, { note: '汛期应急保障，同意节假日用车' });
      return { weekendBooking: weekend.body.id };
    },
  },
  {
    name: '后勤服务：报修台（待派单、处理中、待确认、已确认、返工）',
    async run(ctx) {
      const staff = await as(ctx, 'jiguan_ky');
      const clerk = await as(ctx, 'zonghe_ky');
      const report = (token: string, body: object) => ctx.client.create<Body>(`${BASE}/logistics-requests`, token, body);
      await report(clerk, { category: 'water', urgency: 'urgent', location: '区政府办公楼 4 楼卫生间', description: '水管接头漏水，地面积水' });
      const assigned = await report(clerk, { category: 'repair', urgency: 'normal', location: '区政府办公楼 3 楼 312 室', description: '空调不制冷' });
      await ctx.client.change(`${BASE}/logistics-requests/${assigned.body.id}/assign`, staff, assigned.etag, { assignee: '物业公司 空调维保组 陈师傅' });
      const completed = await report(await as(ctx, 'lly_yjj'), { category: 'power', urgency: 'normal', location: '区政府院内 2 号楼走廊', description: '走廊照明灯不亮' });
      const c1 = await ctx.client.change<Body>(`${BASE}/logistics-requests/${completed.body.id}/assign`, staff, completed.etag, { assignee: '物业公司 水电组 李师傅' });
      await ctx.client.change(`${BASE}/logistics-requests/${completed.body.id}/complete`, staff, c1.etag, { note: '更换 LED 灯管 6 支' });
      const confirmed = await report(clerk, { category: 'cleaning', urgency: 'routine', location: '区政府一楼大会议室', description: '会前保洁' });
      const k1 = await ctx.client.change<Body>(`${BASE}/logistics-requests/${confirmed.body.id}/assign`, staff, confirmed.etag, { assignee: '物业公司 保洁组' });
      const k2 = await ctx.client.change<Body>(`${BASE}/logistics-requests/${confirmed.body.id}/complete`, staff, k1.etag, { note: '已完成地面和桌椅保洁' });
      await ctx.client.change(`${BASE}/logistics-requests/${confirmed.body.id}/confirm`, clerk, k2.etag, { satisfaction: 5, feedback: '及时干净' });
      await report(clerk, { category: 'greening', urgency: 'routine', location: '区政府南院花坛', description: '花木修剪、补植' });
      return {};
    },
  },
  {
    name: '办公用房：房间、按标准分配、调整移交与超标准清单',
    async run(ctx) {
      const staff = await as(ctx, 'jiguan_ky');
      const yjj = await unit(ctx, 'BS-YJJ');
      const room = (body: object) => ctx.client.create<Body>(`${BASE}/office-rooms`, staff, body);
      const allocate = (created: { body: Body; etag: string }, people: object[]) => ctx.client.change<Body>(`${BASE}/office-rooms/${created.body.id}/allocate`, staff, created.etag, { people, since: inDays(-200) });
      const r301 = await room({ building: '区政府办公楼', roomNumber: '301', usableAreaM2: 30, use: 'office' });
      await allocate(r301, [{ personName: '区长', rank: 'county_principal' }]);
      const r305 = await room({ building: '区政府办公楼', roomNumber: '305', usableAreaM2: 18, use: 'office' });
      await allocate(r305, [{ personName: '罗斌', rank: 'section_principal' }]);
      const r312 = await room({ building: '区政府办公楼', roomNumber: '312', usableAreaM2: 27, use: 'office' });
      const shared = await allocate(r312, [
        { personName: '宋涛', rank: 'below_section' },
        { personName: '张悦', rank: 'below_section' },
        { personName: '吴倩', rank: 'below_section' },
      ]);
      // A handover leaves two in 27 m² (standard 18): the room appears on the over-standard list.
      const occupants = (shared.body as unknown as { occupants: { id: string; personName: string }[] }).occupants;
      const leaving = occupants.find((o) => o.personName === '吴倩');
      if (leaving) await ctx.client.change(`${BASE}/office-rooms/${r312.body.id}/release`, staff, shared.etag, { occupantId: leaving.id, until: inDays(-10), reason: '调任文秘科，钥匙已移交' });
      const yjjRoom = await withUnits(() => room({ building: '区应急管理局办公楼', roomNumber: '205', usableAreaM2: 24, use: 'office', unitId: yjj }));
      await allocate(yjjRoom, [
        { personName: '谢军', rank: 'section_deputy' },
        { personName: '赵刚', rank: 'section_deputy' },
      ]);
      await room({ building: '区政府办公楼', roomNumber: 'B1-机房', usableAreaM2: 60, use: 'technical' });
      return {};
    },
  },
  {
    name: '安全保卫：来访登记（在访、已离开、作废）',
    async run(ctx) {
      const staff = await as(ctx, 'jiguan_ky');
      const visit = (body: object) => ctx.client.create<Body>(`${BASE}/visitors`, staff, { companions: 0, ...body });
      // Fictitious 身份证号 with valid GB 11643 check characters.
      await visit({ name: '马超', idNumber: '370304198003120211', organisation: '淄博某工程咨询公司', host: '机关事务管理科 罗斌', purpose: '办公楼维修方案对接', plate: '鲁C7K256' });
      const left = await visit({ name: '孙丽', idNumber: '370304199206050350', organisation: '博山区融媒体中心', host: '信息科', purpose: '采访', companions: 1 });
      await ctx.client.change(`${BASE}/visitors/${left.body.id}/leave`, staff, left.etag, {});
      const voided = await visit({ name: '马超', idNumber: '370304198003120211', host: '机关事务管理科', purpose: '重复登记' });
      await ctx.client.change(`${BASE}/visitors/${voided.body.id}/void`, staff, voided.etag, { reason: '与上一条重复登记' });
      await visit({ name: '高峰', idNumber: '37030219751120035X', organisation: '山东某环保科技公司', host: '区应急管理局', purpose: '送交应急预案评审材料' });
      return {};
    },
  },
  {
    name: '安全保卫：门卫排班、巡逻记录、安全事件（处置中、已结案、已撤回、上报值班室）',
    async run(ctx) {
      const staff = await as(ctx, 'jiguan_ky');
      const shift = (date: string, kind: string, post: string, guardName: string) => ctx.client.create<Body>(`${BASE}/guard-shifts`, staff, { date, shift: kind, post, guardName });
      for (const days of [0, 1, 2]) {
        await shift(inDays(days), 'day', '东门岗', days % 2 ? '王强' : '刘建国');
        await shift(inDays(days), 'night', '东门岗', days % 2 ? '刘建国' : '王强');
        await shift(inDays(days), 'day', '西门岗', '赵刚');
      }
      const sick = await shift(inDays(3), 'day', '西门岗', '李明');
      await ctx.client.change(`${BASE}/guard-shifts/${sick.body.id}/cancel`, staff, sick.etag, { reason: '李明病假，改由赵刚顶岗' });

      const patrol = (body: object) => ctx.client.create<Body>(`${BASE}/patrols`, staff, body);
      await patrol({ route: '东门—办公楼—车库—西门', patrolledBy: '王强', startedAt: at(inDays(-1), '22:00'), endedAt: at(inDays(-1), '22:40'), findings: '各门窗关闭，消防通道畅通', abnormal: false });
      await patrol({ route: '办公楼各层—配电室', patrolledBy: '刘建国', startedAt: at(inDays(-1), '02:00'), endedAt: at(inDays(-1), '02:35'), findings: '车库北侧消防栓漏水，已报后勤维修', abnormal: true });

      const incident = (body: object) => ctx.client.create<Body>(`${BASE}/security-incidents`, staff, body);
      const damage = await incident({ title: '东门升降栏杆被外来货车撞坏', kind: 'damage', occurredAt: at(inDays(-3), '07:40'), place: '区政府大院东门', description: '一辆外来货车倒车时撞坏东门升降栏杆。', handling: '已拍照留证并联系车主' });
      await ctx.client.change(`${BASE}/security-incidents/${damage.body.id}/close`, staff, damage.etag, { handling: '车主已赔偿，栏杆已由定点单位修复' });
      const gathering = await incident({ title: '区政府东门外人员聚集', kind: 'gathering', occurredAt: at(inDays(-1), '08:40'), place: '区政府大院东门外', description: '约二十人聚集反映拆迁补偿问题。', handling: '门卫劝导，已通知区信访局' });
      await ctx.client.change(`${BASE}/security-incidents/${gathering.body.id}/escalate`, staff, gathering.etag, { level: 'general', note: '请值班室知悉并协调信访局接待' });
      await incident({ title: '办公楼三楼可疑人员徘徊', kind: 'intrusion', occurredAt: at(inDays(-1), '14:10'), place: '区政府办公楼三楼', description: '一名未登记人员在三楼走廊徘徊，经询问称找人。' });
      const error = await incident({ title: '车库烟感误报', kind: 'fire', occurredAt: at(inDays(-2), '10:00'), place: '区政府地下车库', description: '烟感报警。' });
      await ctx.client.change(`${BASE}/security-incidents/${error.body.id}/withdraw`, staff, error.etag, { reason: '设备误报，非安全事件' });
      return {};
    },
  },
  {
    name: '办公用品：目录、入库出库、库存不足、科室申领（已发放、待审批、不予发放）',
    async run(ctx) {
      const staff = await as(ctx, 'jiguan_ky');
      const item = (body: object) => ctx.client.create<Body>(`${BASE}/office-supplies`, staff, body);
      const stockIn = (created: { body: Body; etag: string }, quantity: number, reason: string) => ctx.client.change<Body>(`${BASE}/office-supplies/${created.body.id}/stock-in`, staff, created.etag, { quantity, reason });
      const paper = await item({ name: 'A4 复印纸', spec: '70g 500张/包', category: 'paper', unit: '包', lowStockThreshold: 20 });
      await stockIn(paper, 60, '博山区政府采购 2026-118 号（定点供应商）');
      const toner = await item({ name: '激光打印机硒鼓', spec: 'HP CF230A', category: 'consumable', unit: '个', lowStockThreshold: 3 });
      const tonerIn = await stockIn(toner, 4, '博山区政府采购 2026-121 号');
      await ctx.client.change(`${BASE}/office-supplies/${toner.body.id}/stock-out`, staff, tonerIn.etag, { quantity: 2, reason: '区政府常务会议室打印机更换' });
      const pens = await item({ name: '黑色签字笔', spec: '0.5mm', category: 'stationery', unit: '支', lowStockThreshold: 30 });
      await stockIn(pens, 100, '办公用品定点供应商配送');
      await item({ name: '垃圾袋', spec: '60×80cm', category: 'cleaning', unit: '卷', lowStockThreshold: 10 });

      const ask = async (username: string, purpose: string, lines: object[]) => ctx.client.create<Body>(`${BASE}/supply-requests`, await as(ctx, username), { purpose, lines });
      const issued = await ask('zonghe_ky', '综合科第四季度办公用', [{ itemId: paper.body.id, quantity: 10 }, { itemId: pens.body.id, quantity: 20 }]);
      await ctx.client.change(`${BASE}/supply-requests/${issued.body.id}/approve`, staff, issued.etag, {});
      const refused = await ask('xinxi_ky', '信息科打印简报', [{ itemId: toner.body.id, quantity: 4 }]);
      await ctx.client.change(`${BASE}/supply-requests/${refused.body.id}/reject`, staff, refused.etag, { reason: '硒鼓库存不足，已安排采购，到货后再行申领' });
      await ask('wenmi_ky', '文秘科公文印制', [{ itemId: paper.body.id, quantity: 15 }]);
      return {};
    },
  },
  {
    name: '车辆运行费用：定点维修、加油、保险入账与一条作废',
    async run(ctx) {
      const staff = await as(ctx, 'jiguan_ky');
      const cost = (vehicleId: string, body: object) => ctx.client.create<Body>(`${BASE}/vehicle-costs`, staff, { vehicleId, ...body });
      const [car1, car2, car3] = [ctx.refs.car1, ctx.refs.car2, ctx.refs.car3];
      await cost(car1, { kind: 'maintenance', date: inDays(-40), amountFen: 86_000, supplier: '博山区公务用车定点维修中心', invoiceNumber: '37001-2026-1021', note: '二级保养，更换刹车片' });
      await cost(car1, { kind: 'fuel', date: inDays(-35), amountFen: 42_000, supplier: '中石化博山城区定点加油站', note: '加油 52 升' });
      await cost(car1, { kind: 'fuel', date: inDays(-5), amountFen: 38_500, supplier: '中石化博山城区定点加油站' });
      await cost(car2, { kind: 'insurance', date: inDays(-30), amountFen: 480_000, supplier: '人保财险博山支公司', invoiceNumber: '37001-2026-0930', note: '交强险及商业险' });
      await cost(car3, { kind: 'other', date: inDays(-12), amountFen: 30_000, supplier: '博山区机动车检测站', note: '年检' });
      const wrong = await cost(car3, { kind: 'fuel', date: inDays(-3), amountFen: 20_000, supplier: '中石化博山城区定点加油站' });
      await ctx.client.change(`${BASE}/vehicle-costs/${wrong.body.id}/void`, staff, wrong.etag, { reason: '与加油卡对账重复入账' });
      return {};
    },
  },
];

