import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { CommonErrors, type CallerContext } from '@gov/contracts-common';
import { BRANCH_KIND_LABELS, COMMITTEE_POST_LABELS, LIFE_MEETING_KIND_LABELS, MEMBER_STAGE_LABELS, ReportErrors, type DengtaExport, type YearlySummary, type YearlySummaryXlsx } from '@gov/contracts-party-affairs';
import { DomainError, FieldCipher, Transactions, writeWorkbook, writeXlsx, XLSX_MEDIA_TYPE } from '@gov/platform';
import { todayInShanghai } from '../../common/dates.js';
import { termOf } from '../branches/branches.rules.js';
import { DuesLedgerService } from '../dues/dues-ledger.service.js';
import { configOn } from '../life-meetings/compliance.rules.js';
import { yuan } from '../members/dues.rules.js';
import { canChangeMember, memberAccess } from '../members/members.policy.js';
import { DENGTA_MEETING_COLUMNS, DENGTA_MEMBER_COLUMNS, DENGTA_ORGANISATION_COLUMNS } from './dengta.columns.js';
import { ReportsRepository, type ReportBranch } from './reports.repository.js';
import { developmentsIn, meetingLines, stagesAtYearEnd, transfersIn } from './summary.rules.js';

/** 支部年度工作总结 (data) and the 灯塔-党建在线 export, computed from the records. */
@Injectable()
export class ReportsService {
  constructor(
    private readonly reports: ReportsRepository,
    private readonly ledger: DuesLedgerService,
    private readonly transactions: Transactions,
    @Inject(FieldCipher) private readonly cipher: FieldCipher,
  ) {}

  /** The year of one branch: meetings per kind against the 条例, members by stage at year end, developments, transfers, dues. */
  async yearlySummary(request: YearlySummary.Request, caller: CallerContext): Promise<YearlySummary.Reply> {
    const access = memberAccess(caller);
    if (access.kind === 'none') throw new DomainError(CommonErrors.forbidden, '无权查看党支部年度工作总结');
    const branch = await this.reports.branch(request.branchId);
    if (!branch || (access.kind === 'unit' && branch.unitId !== access.unitId)) throw new DomainError(ReportErrors.branchUnknown, '党支部不存在或无权查看');
    const today = todayInShanghai();
    const config = configOn(today);
    const [members, meetings, dues] = await Promise.all([
      this.reports.members(branch.id),
      this.reports.meetings(branch.id, request.year),
      this.ledger.statementOf(branch, request.year),
    ]);
    return {
      branchId: branch.id,
      branchName: branch.name,
      year: request.year,
      asOf: today,
      configVersion: config.version,
      configSource: config.source,
      meetings: meetingLines(meetings, request.year, today, branch.termStartedOn, config),
      stages: stagesAtYearEnd(members, request.year),
      developments: developmentsIn(members, request.year),
      transfers: transfersIn(members, request.year),
      dues: { dueFen: dues.dueFen, paidFen: dues.paidFen, reducedFen: dues.reducedFen, arrearsFen: dues.arrearsFen },
    };
  }

  async yearlySummaryXlsx(request: YearlySummaryXlsx.Request, caller: CallerContext): Promise<YearlySummaryXlsx.Reply> {
    const s = await this.yearlySummary(request, caller);
    const rows: (string | number)[][] = [
      ...s.meetings.map((m) => ['组织生活', m.label, `${m.requirement}；应开展 ${m.required} 期，已开展 ${m.met} 期`, m.held]),
      ...s.stages.map((x) => ['年末人数', x.label, `${s.year}-12-31 在册`, x.count]),
      ...s.developments.map((x) => ['发展党员', x.label, `${s.year} 年办理`, x.count]),
      ...s.transfers.map((x) => ['组织关系转接', x.label, `${s.year} 年办理`, x.count]),
      ['党费', '应交（元）', '由收缴记录计算', yuan(s.dues.dueFen)],
      ['党费', '实交（元）', '不含作废', yuan(s.dues.paidFen)],
      ['党费', '减免（元）', '经批准的减交、免交', yuan(s.dues.reducedFen)],
      ['党费', '欠缴（元）', '', yuan(s.dues.arrearsFen)],
    ];
    const content = writeXlsx({ name: `${s.year}年度工作总结`, header: ['项目', '类别', '说明', '数量'], rows, widths: [14, 18, 50, 10] });
    return { filename: `${s.branchName}${s.year}年度工作总结数据.xlsx`, mediaType: XLSX_MEDIA_TYPE, rows: rows.length, contentBase64: content.toString('base64') };
  }

  /**
   * 灯塔-党建在线: organisations, members (身份证号 and 手机号 in full) and the year's organisational life, as one .xlsx
   * for the platform's import. The 机关党总支's staff only; the export is recorded (who, when, counts) in its transaction.
   */
  async dengtaExport(request: DengtaExport.Request, caller: CallerContext): Promise<DengtaExport.Reply> {
    if (!canChangeMember(caller)) throw new DomainError(CommonErrors.forbidden, '只有机关党总支工作人员可以导出含个人信息的灯塔-党建在线数据');
    const today = todayInShanghai();
    const [branches, members, meetings] = await Promise.all([this.reports.activeBranches(), this.reports.members(null), this.reports.meetings(null, request.year)]);
    const byId = new Map(branches.map((b) => [b.id, b]));
    const general = branches.filter((b) => b.kind === 'general');
    const parentOf = (b: ReportBranch) => (b.kind === 'branch' && general.length === 1 ? general[0].name : '');
    const inRegister = members.filter((m) => m.status === 'active' && (m.stage === 'probationary' || m.stage === 'full') && byId.has(m.branchId));
    const count = (branchId: string, stage: string) => inRegister.filter((m) => m.branchId === branchId && m.stage === stage).length;
    const organisations = branches.map((b) => [
      b.name,
      BRANCH_KIND_LABELS[b.kind],
      parentOf(b),
      b.committee.find((c) => c.post === 'secretary')?.name ?? '',
      b.committee.map((c) => `${c.name}（${COMMITTEE_POST_LABELS[c.post]}）`).join('、'),
      b.termStartedOn,
      termOf(b.termStartedOn, b.termExtensionMonths, today).endsOn,
      count(b.id, 'full'),
      count(b.id, 'probationary'),
    ]);
    const people = inRegister.map((m) => [
      m.name,
      m.gender === 'male' ? '男' : '女',
      this.cipher.decrypt(m.idNumberEncrypted),
      m.mobileEncrypted ? this.cipher.decrypt(m.mobileEncrypted) : '',
      MEMBER_STAGE_LABELS[m.stage],
      m.admittedOn ?? '',
      m.fullOn ?? '',
      byId.get(m.branchId)?.name ?? '',
      m.post ?? '',
    ]);
    const lives = meetings
      .filter((m) => byId.has(m.branchId))
      .map((m) => [byId.get(m.branchId)!.name, LIFE_MEETING_KIND_LABELS[m.kind], m.heldOn, m.topic, m.expected, m.expected - m.absences.length, m.absences.map((a) => `${a.name}（${a.reason}）`).join('、')]);
    const sheet = (name: string, columns: typeof DENGTA_MEMBER_COLUMNS, rows: (string | number)[][]) => ({ name, header: columns.map((c) => c.header), widths: columns.map((c) => c.width), rows });
    const content = writeWorkbook([sheet('党组织信息', DENGTA_ORGANISATION_COLUMNS, organisations), sheet('党员信息', DENGTA_MEMBER_COLUMNS, people), sheet('组织生活记录', DENGTA_MEETING_COLUMNS, lives)]);
    await this.transactions.run(async (tx) => {
      await this.reports.logExport({ id: randomUUID(), year: request.year, organisations: organisations.length, members: people.length, meetings: lives.length, by: caller.username, byId: caller.userId }, tx.manager);
    });
    return { filename: `灯塔-党建在线导入数据-${request.year}.xlsx`, mediaType: XLSX_MEDIA_TYPE, rows: organisations.length + people.length + lives.length, contentBase64: content.toString('base64') };
  }
}
