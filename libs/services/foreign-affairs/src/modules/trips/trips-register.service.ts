import { Injectable } from '@nestjs/common';
import { CommonErrors, type CallerContext } from '@gov/contracts-common';
import { TRIP_STATUS_LABELS, type ExportTripRegister, type TripStatistics } from '@gov/contracts-foreign-affairs';
import { DomainError, writeXlsx, XLSX_MEDIA_TYPE } from '@gov/platform';
import { tripAccess } from './trips.policy.js';
import { TripsRepository, type TripRow } from './trips.repository.js';
import { tripDays } from './trips.rules.js';

/** 因公临时出国登记台账 (.xlsx) and the statistics per unit, person and year, computed from the records. */
@Injectable()
export class TripsRegisterService {
  constructor(private readonly trips: TripsRepository) {}

  async exportRegister(request: ExportTripRegister.Request, caller: CallerContext): Promise<ExportTripRegister.Reply> {
    const rows = await this.trips.ofYear(request.year, this.onlyUnit(caller));
    const content = writeXlsx({
      name: `${request.year}年因公临时出国台账`,
      header: ['编号', '团组名称', '组团单位', '出访国家（地区）', '出境日期', '入境日期', '天数', '人数', '团组成员（职务）', '邀请方', '经费预算（元）', '所属计划', '状态', '公示期', '实际出境', '实际回国', '报告期限', '报告情况', '护照交回'],
      rows: rows.map((r) => registerLine(r)),
      widths: [14, 30, 24, 24, 11, 11, 6, 6, 50, 24, 12, 24, 10, 24, 11, 11, 11, 16, 11],
    });
    return { filename: `${request.year}年因公临时出国台账.xlsx`, mediaType: XLSX_MEDIA_TYPE, rows: rows.length, contentBase64: content.toString('base64') };
  }

  async statistics(request: TripStatistics.Request, caller: CallerContext): Promise<TripStatistics.Reply> {
    return { year: request.year, ...(await this.trips.statistics(request.year, this.onlyUnit(caller))) };
  }

  private onlyUnit(caller: CallerContext): string | undefined {
    const access = tripAccess(caller);
    if (access.kind === 'none') throw new DomainError(CommonErrors.forbidden, '无权查看因公临时出国');
    return access.kind === 'unit' ? access.unitId : undefined;
  }
}

/** One line of the register; money in 元 from 分 (two decimals), never a float computed sum. */
function registerLine(r: TripRow): (string | number | null)[] {
  return [
    r.number,
    r.title,
    r.unitName,
    r.countries.map((c) => (c.transit ? `${c.name}（经停${c.leavesAirport ? '，出机场' : ''}）` : c.name)).join('、'),
    r.departureDate,
    r.returnDate,
    tripDays(r.departureDate, r.returnDate),
    r.groupSize,
    r.members.map((m) => `${m.name}（${m.post}）`).join('、'),
    r.inviter,
    `${Math.floor(r.budgetFen / 100)}.${String(r.budgetFen % 100).padStart(2, '0')}`,
    `${r.planYear}年：${r.planEntry}`,
    TRIP_STATUS_LABELS[r.status],
    r.publicityFrom ? `${r.publicityFrom} 至 ${r.publicityEndsOn ?? ''}` : '',
    r.departedOn,
    r.returnedOn,
    r.reportDueOn,
    r.reportedAt ? `已报告（${new Date(r.reportedAt).toISOString().slice(0, 10)}）` : r.status === 'returned' ? '未报告' : '',
    r.passportsReturnedOn,
  ];
}
