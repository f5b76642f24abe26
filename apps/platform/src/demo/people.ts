import type { RoleCode } from '@gov/contracts-common';
import type { AdminDuty } from './state.js';

/** One person of the demo office; `key` names them in the seed's steps. */
export interface DemoPerson {
  key: string;
  username: string;
  displayName: string;
  /** Chinese description shown in the banner. */
  role: string;
  roles: RoleCode[];
  sectionCode?: string;
  /** Unit code in the unit directory (liaisons). */
  unitCode?: string;
  clearance: number;
}

/** The three administrators (三员) the gateway creates at first start, in the order it returns them. */
export const DEMO_ADMINS: { duty: AdminDuty; displayName: string; role: string }[] = [
  { duty: 'system', displayName: '系统管理员', role: '系统管理员' },
  { duty: 'security', displayName: '安全保密管理员', role: '安全保密管理员' },
  { duty: 'audit', displayName: '安全审计员', role: '安全审计员' },
];

/**
 * Thirty people of 博山区人民政府办公室 and of the units it coordinates; with the administrators, thirty-three. Clearances
 * stay below 机密 so that, as the demo promises, only the administrators need a second factor (TOTP_MIN_CLEARANCE).
 */
export const DEMO_PEOPLE: DemoPerson[] = [
  { key: 'mayor', username: 'quzhang', displayName: '刘志强', role: '区长', roles: ['district_leader'], clearance: 1 },
  { key: 'executiveDeputy', username: 'changwu', displayName: '陈立新', role: '常务副区长', roles: ['district_leader'], clearance: 1 },
  { key: 'deputy', username: 'fuquzhang', displayName: '赵红梅', role: '副区长', roles: ['district_leader'], clearance: 1 },
  { key: 'director', username: 'zhuren', displayName: '孙建国', role: '办公室主任', roles: ['office_leader'], clearance: 1 },
  { key: 'zongheChief', username: 'zonghe_kz', displayName: '李明', role: '科长（综合科）', roles: ['section_chief'], sectionCode: 'zonghe', clearance: 1 },
  { key: 'zonghe', username: 'zonghe_ky', displayName: '张悦', role: '科员（综合科，值班室）', roles: ['section_staff'], sectionCode: 'zonghe', clearance: 1 },
  { key: 'wenmiChief', username: 'wenmi_kz', displayName: '周文博', role: '科长（文秘科）', roles: ['section_chief'], sectionCode: 'wenmi', clearance: 1 },
  { key: 'wenmi', username: 'wenmi_ky', displayName: '吴倩', role: '科员（文秘科）', roles: ['section_staff'], sectionCode: 'wenmi', clearance: 1 },
  { key: 'mishuYi', username: 'mishu1_ky', displayName: '郑凯', role: '科员（秘书一科）', roles: ['section_staff'], sectionCode: 'mishu_yi', clearance: 1 },
  { key: 'mishuEr', username: 'mishu2_ky', displayName: '冯雪', role: '科员（秘书二科）', roles: ['section_staff'], sectionCode: 'mishu_er', clearance: 1 },
  { key: 'duchaChief', username: 'ducha_kz', displayName: '何强', role: '科长（督查室）', roles: ['section_chief'], sectionCode: 'ducha', clearance: 1 },
  { key: 'ducha', username: 'ducha_ky', displayName: '马丽', role: '科员（督查室）', roles: ['section_staff'], sectionCode: 'ducha', clearance: 1 },
  { key: 'xinxi', username: 'xinxi_ky', displayName: '高洁', role: '科员（信息科）', roles: ['section_staff'], sectionCode: 'xinxi', clearance: 0 },
  { key: 'xinxiChief', username: 'xinxi_kz', displayName: '邵华', role: '科长（信息科）', roles: ['section_chief'], sectionCode: 'xinxi', clearance: 1 },
  { key: 'dashujuChief', username: 'dashuju_kz', displayName: '王芳', role: '科长（大数据科、政务公开科）', roles: ['section_chief'], sectionCode: 'dashuju', clearance: 1 },
  { key: 'dashuju', username: 'dashuju_ky', displayName: '刘洋', role: '科员（大数据科、政务公开科）', roles: ['section_staff'], sectionCode: 'dashuju', clearance: 1 },
  { key: 'renshiChief', username: 'renshi_kz', displayName: '杨帆', role: '科长（人事科）', roles: ['section_chief'], sectionCode: 'renshi', clearance: 1 },
  { key: 'renshi', username: 'renshi_ky', displayName: '许静', role: '科员（人事科）', roles: ['section_staff'], sectionCode: 'renshi', clearance: 1 },
  { key: 'caiwuChief', username: 'caiwu_kz', displayName: '钱伟', role: '科长（财务科）', roles: ['section_chief'], sectionCode: 'caiwu', clearance: 1 },
  { key: 'caiwu', username: 'caiwu_ky', displayName: '林娜', role: '科员（财务科）', roles: ['section_staff'], sectionCode: 'caiwu', clearance: 1 },
  { key: 'jiguanChief', username: 'jiguan_kz', displayName: '罗斌', role: '科长（机关事务管理科）', roles: ['section_chief'], sectionCode: 'jiguan_shiwu', clearance: 1 },
  { key: 'jiguan', username: 'jiguan_ky', displayName: '宋涛', role: '科员（机关事务管理科、公务用车管理科）', roles: ['section_staff'], sectionCode: 'jiguan_shiwu', clearance: 1 },
  { key: 'waishiChief', username: 'waishi_kz', displayName: '梁晨', role: '科长（外事科）', roles: ['section_chief'], sectionCode: 'waishi', clearance: 1 },
  { key: 'waishi', username: 'waishi_ky', displayName: '潘婷', role: '科员（外事科）', roles: ['section_staff'], sectionCode: 'waishi', clearance: 1 },
  { key: 'zhineng', username: 'zhineng_ky', displayName: '孔敏', role: '科员（政府职能转变协调推进科）', roles: ['section_staff'], sectionCode: 'zhineng_zhuanbian', clearance: 1 },
  { key: 'dangChief', username: 'dang_kz', displayName: '董毅', role: '专职副书记（机关党总支）', roles: ['section_chief'], sectionCode: 'dang_zongzhi', clearance: 1 },
  { key: 'dang', username: 'dang_ky', displayName: '袁梅', role: '科员（机关党总支）', roles: ['section_staff'], sectionCode: 'dang_zongzhi', clearance: 1 },
  { key: 'liaisonYjj', username: 'lly_yjj', displayName: '谢军', role: '联络员（区应急管理局）', roles: ['unit_liaison'], unitCode: 'BS-YJJ', clearance: 0 },
  { key: 'liaisonZjj', username: 'lly_zjj', displayName: '韩磊', role: '联络员（区住房和城乡建设局）', roles: ['unit_liaison'], unitCode: 'BS-ZJJ', clearance: 0 },
  { key: 'liaisonJtj', username: 'lly_jtj', displayName: '曹阳', role: '联络员（区教育和体育局）', roles: ['unit_liaison'], unitCode: 'BS-JTJ', clearance: 0 },
  { key: 'liaisonSt', username: 'lly_st', displayName: '唐静', role: '联络员（山头街道）', roles: ['unit_liaison'], unitCode: 'BS-JD-ST', clearance: 0 },
];

export type PersonKey = (typeof DEMO_PEOPLE)[number]['key'];
