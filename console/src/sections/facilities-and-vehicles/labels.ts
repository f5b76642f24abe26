export const VEHICLE_STATUS_LABELS: Record<string, string> = { requested: '购置申请', in_service: '在用', disposed: '已处置', rejected: '不予批准', withdrawn: '已撤回' };
export const VEHICLE_CATEGORY_LABELS: Record<string, string> = {
  confidential_comm: '机要通信用车',
  emergency: '应急保障用车',
  law_enforcement: '执法执勤用车',
  special_technical: '特种专业技术用车',
  other: '其他按规定配备的公务用车',
};
export const ENERGY_TYPE_LABELS: Record<string, string> = { fuel: '燃油', hybrid: '油电混合', plug_in_hybrid: '插电式混合动力', electric: '纯电动' };
export const DISPOSAL_METHOD_LABELS: Record<string, string> = { auction: '公开拍卖', scrap: '报废', transfer: '调剂', other: '其他' };
export const BOOKING_STATUS_LABELS: Record<string, string> = { requested: '待审批', approved: '已批准', dispatched: '已派车', completed: '已完成', rejected: '不予批准', withdrawn: '已撤回' };
export const LOGISTICS_STATUS_LABELS: Record<string, string> = { submitted: '待派单', assigned: '处理中', completed: '待确认', confirmed: '已确认', withdrawn: '已撤回' };
export const LOGISTICS_CATEGORY_LABELS: Record<string, string> = { repair: '维修', power: '供电', water: '供水', cleaning: '保洁', greening: '绿化' };
export const URGENCY_LABELS: Record<string, string> = { urgent: '紧急', normal: '一般', routine: '计划' };
export const ROOM_USE_LABELS: Record<string, string> = { office: '办公室', technical: '技术业务用房', service: '服务用房' };
export const RANK_LABELS: Record<string, string> = { county_principal: '县级正职', county_deputy: '县级副职', section_principal: '正科级', section_deputy: '副科级', below_section: '科级以下' };
export const VISITOR_STATUS_LABELS: Record<string, string> = { in: '在访', left: '已离开', voided: '已作废' };
export const SECURITY_INCIDENT_STATUS_LABELS: Record<string, string> = { open: '处置中', closed: '已结案', withdrawn: '已撤回' };
export const SECURITY_INCIDENT_KIND_LABELS: Record<string, string> = {
  theft: '盗窃',
  disturbance: '治安纠纷',
  fire: '火情',
  damage: '设施损坏',
  intrusion: '可疑人员闯入',
  gathering: '聚集上访',
  other: '其他',
};
export const INCIDENT_LEVEL_LABELS: Record<string, string> = { general: '一般', large: '较大', major: '重大', especially_major: '特别重大' };
export const GUARD_SHIFT_KIND_LABELS: Record<string, string> = { day: '白班（08:00—20:00）', night: '夜班（20:00—次日 08:00）' };
export const GUARD_SHIFT_STATUS_LABELS: Record<string, string> = { scheduled: '已排班', cancelled: '已取消' };
export const PATROL_STATUS_LABELS: Record<string, string> = { recorded: '已记录', voided: '已作废' };
export const SUPPLY_CATEGORY_LABELS: Record<string, string> = { stationery: '文具', consumable: '打印耗材', paper: '纸张', equipment: '办公设备及配件', cleaning: '清洁用品', other: '其他' };
export const SUPPLY_ITEM_STATUS_LABELS: Record<string, string> = { active: '在用', retired: '停用' };
export const VEHICLE_COST_KIND_LABELS: Record<string, string> = { maintenance: '定点维修', fuel: '定点加油', insurance: '定点保险', other: '其他（年检、路桥等）' };
export const SUPPLY_REQUEST_STATUS_LABELS: Record<string, string> = { submitted: '待审批', issued: '已发放', rejected: '不予发放', withdrawn: '已撤回' };
export const LIGHT_OPTIONS = [
  { value: 'red', label: '红灯' },
  { value: 'yellow', label: '黄灯' },
  { value: 'green', label: '绿灯' },
];

export function options(labels: Record<string, string>): { value: string; label: string }[] {
  return Object.entries(labels).map(([value, label]) => ({ value, label }));
}

/** 分 → 元 with two decimals. */
export function yuan(fen: number | null | undefined): string {
  return fen === null || fen === undefined ? '' : (fen / 100).toFixed(2);
}

/** 元 (text) → 分; undefined when not a number. */
export function fenOf(text: unknown): number | undefined {
  const n = Number(text);
  return Number.isFinite(n) ? Math.round(n * 100) : undefined;
}

/** A date and a 24-hour time (HH:mm) in Beijing time → ISO 8601 with +08:00. */
export function beijingIso(date: unknown, time: unknown): string {
  return `${String(date)}T${String(time ?? '').padStart(5, '0')}:00+08:00`;
}

/** YYYY-MM-DD HH:mm in Beijing time. */
export function beijing(iso: string | null | undefined): string {
  return iso ? new Date(new Date(iso).getTime() + 8 * 3600_000).toISOString().slice(0, 16).replace('T', ' ') : '';
}
export const HOUSING_UNIT_STATUS_LABELS: Record<string, string> = { active: '在用', retired: '停用' };
export const TENANCY_STATUS_LABELS: Record<string, string> = { registered: '已登记', checked_in: '在住', ended: '已退房', withdrawn: '已撤回' };
export const TENANCY_BASIS_LABELS: Record<string, string> = { exchange: '交流任职', remote: '异地任职' };

export const TOWN_SPACE_REPORT_STATUS_LABELS: Record<string, string> = { submitted: '待审核', approved: '已通过', returned: '已退回', withdrawn: '已撤回' };
export const GUIDANCE_VISIT_STATUS_LABELS: Record<string, string> = { rectifying: '整改中', reported: '待销号', closed: '已销号', withdrawn: '已撤回' };
export const TOWN_SPACE_STEP_LABELS: Record<string, string> = { submit: '报送', update: '修改重报', approve: '审核通过', return: '退回', withdraw: '撤回' };
export const GUIDANCE_STEP_LABELS: Record<string, string> = { record: '登记检查', report: '报告整改', return: '退回整改', close: '销号', withdraw: '撤回' };
export const OFFICE_BUILDING_STATUS_LABELS: Record<string, string> = { in_use: '在用', disposed: '已处置', withdrawn: '已撤回' };
export const BUILDING_DISPOSAL_KIND_LABELS: Record<string, string> = { transfer: '调剂', exchange: '置换', auction: '拍卖', demolition: '拆除', other: '其他' };
export const OWNERSHIP_FILTER_LABELS: Record<string, string> = { registered: '权属已统一登记', missing: '权属未统一登记' };
