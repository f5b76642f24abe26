import { ExportVehicleStatistics, VehicleStatistics, VehicleStatisticsSubjects, FacilitiesAndVehiclesPermissions as P } from '@gov/contracts-facilities-and-vehicles';
import type { RouteTable } from '../route-declaration.js';

const READERS = [P.vehiclesRead, P.vehiclesManage, P.vehiclesOwn] as const;
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const vehicleStatistics = { tag: '公务用车台账', service: 'facilities-and-vehicles' } as const;

/** 公务用车年度统计 (computed from the register, the trips and the costs), owned by facilities-and-vehicles. */
export const vehicleStatisticsRoutes: Record<string, RouteTable> = {
  FacilitiesAndVehiclesVehicleStatisticsController: [
    { ...vehicleStatistics, name: 'report', method: 'GET', path: 'api/facilities-and-vehicles/vehicle-statistics', permission: READERS, subject: VehicleStatisticsSubjects.report, convention: 'read', request: VehicleStatistics.Request, query: VehicleStatistics.Request, reply: VehicleStatistics.Reply, summary: '公务用车年度统计（按单位、类别：编制数、实有数、购置、处置、里程、运行费用、出车次数）', description: '由台账、派车记录和运行费用计算；单位联络员只能看到本单位。', problems: [400] },
    { ...vehicleStatistics, name: 'export', method: 'GET', path: 'api/facilities-and-vehicles/vehicle-statistics.xlsx', permission: READERS, subject: VehicleStatisticsSubjects.export, convention: 'download', request: ExportVehicleStatistics.Request, query: ExportVehicleStatistics.Request, download: { produces: XLSX, description: '电子表格文件', asciiFilename: true }, summary: '导出公务用车年度统计（.xlsx：按单位、类别，含全年合计）', problems: [400] },
  ],
};
