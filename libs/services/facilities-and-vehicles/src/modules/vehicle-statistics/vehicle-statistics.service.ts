import { Injectable } from '@nestjs/common';
import { CommonErrors, type CallerContext } from '@gov/contracts-common';
import type { ExportVehicleStatistics, VehicleStatistics } from '@gov/contracts-facilities-and-vehicles';
import { DomainError, writeXlsx, XLSX_MEDIA_TYPE } from '@gov/platform';
import { vehicleAccess } from '../vehicles/vehicles.policy.js';
import { VehicleStatisticsRepository } from './vehicle-statistics.repository.js';
import { compileStatistics, statisticsSheet } from './vehicle-statistics.rules.js';

/** 公务用车年度统计: computed from the register, the car platform and the running costs (a liaison gets their unit's). */
@Injectable()
export class VehicleStatisticsService {
  constructor(private readonly statistics: VehicleStatisticsRepository) {}

  async report(request: VehicleStatistics.Request, caller: CallerContext): Promise<VehicleStatistics.Reply> {
    const access = vehicleAccess(caller);
    if (access.kind === 'none') throw new DomainError(CommonErrors.forbidden, '无权查看公务用车统计');
    const unitId = access.kind === 'unit' ? access.unitId : request.unitId;
    const { rows, total } = compileStatistics(await this.statistics.measures(request.year, unitId));
    return { year: request.year, rows, total };
  }

  async export(request: ExportVehicleStatistics.Request, caller: CallerContext): Promise<ExportVehicleStatistics.Reply> {
    const report = await this.report(request, caller);
    const sheet = statisticsSheet(report);
    const content = writeXlsx({ name: `${report.year}年公务用车统计`, ...sheet });
    return { filename: `公务用车年度统计-${report.year}年.xlsx`, mediaType: XLSX_MEDIA_TYPE, rows: sheet.rows.length, contentBase64: content.toString('base64') };
  }
}
