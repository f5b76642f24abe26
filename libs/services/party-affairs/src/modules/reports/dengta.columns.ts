/**
 * The columns of the 灯塔-党建在线 import file, sheet by sheet: the column heading the platform's import template uses,
 * its meaning, and the field of this service it comes from (documented in the service's README). The file is only
 * written here; it is uploaded to the platform by hand — no connection is made.
 */
export interface DengtaColumn {
  header: string;
  meaning: string;
  source: string;
  width: number;
}

export const DENGTA_ORGANISATION_COLUMNS: readonly DengtaColumn[] = [
  { header: '党组织名称', meaning: '党组织全称', source: 'branch.name', width: 40 },
  { header: '党组织类别', meaning: '党总支 / 党支部', source: 'branch.kind', width: 10 },
  { header: '上级党组织', meaning: '党支部的上级党总支（机关党总支）', source: 'branch (kind = general, active)', width: 30 },
  { header: '党组织书记', meaning: '书记姓名', source: "branch.committee[post = 'secretary'].name", width: 10 },
  { header: '委员会成员', meaning: '委员姓名及职务', source: 'branch.committee', width: 40 },
  { header: '本届任期开始日期', meaning: '选举产生之日', source: 'branch.term_started_on', width: 14 },
  { header: '本届任期届满日期', meaning: '3 年（含批准延期）', source: 'branch.term_started_on + 3 年 + term_extension_months', width: 14 },
  { header: '正式党员数', meaning: '在册正式党员', source: "member (status = active, stage = full)", width: 10 },
  { header: '预备党员数', meaning: '在册预备党员', source: "member (status = active, stage = probationary)", width: 10 },
];

export const DENGTA_MEMBER_COLUMNS: readonly DengtaColumn[] = [
  { header: '姓名', meaning: '党员姓名', source: 'member.name', width: 10 },
  { header: '性别', meaning: '男 / 女', source: 'member.gender', width: 6 },
  { header: '公民身份号码', meaning: '身份证号（完整，解密导出）', source: 'member.id_number_encrypted', width: 20 },
  { header: '手机号码', meaning: '手机号（完整，解密导出）', source: 'member.mobile_encrypted', width: 14 },
  { header: '人员类别', meaning: '正式党员 / 预备党员', source: 'member.stage', width: 10 },
  { header: '入党日期', meaning: '支部大会接收为预备党员之日', source: 'member.admitted_on', width: 12 },
  { header: '转正日期', meaning: '转为正式党员之日', source: 'member.full_on', width: 12 },
  { header: '所在党支部', meaning: '党员所在党组织名称', source: 'branch.name', width: 40 },
  { header: '工作岗位', meaning: '职务或岗位', source: 'member.post', width: 20 },
];

export const DENGTA_MEETING_COLUMNS: readonly DengtaColumn[] = [
  { header: '党组织名称', meaning: '召开组织生活的党组织', source: 'branch.name', width: 40 },
  { header: '活动类型', meaning: '党员大会、支委会、党小组会、党课、主题党日、组织生活会、民主评议党员、谈心谈话', source: 'life_meeting.kind', width: 12 },
  { header: '活动日期', meaning: '召开日期', source: 'life_meeting.held_on', width: 12 },
  { header: '活动主题', meaning: '主题', source: 'life_meeting.topic', width: 40 },
  { header: '应到人数', meaning: '应参加人数', source: 'life_meeting.expected', width: 8 },
  { header: '实到人数', meaning: '应到减缺席', source: 'life_meeting.expected − absences', width: 8 },
  { header: '缺席人员及原因', meaning: '姓名（原因）', source: 'life_meeting.absences', width: 40 },
];
