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
];
