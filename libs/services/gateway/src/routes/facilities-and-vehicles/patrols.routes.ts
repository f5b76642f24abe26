import { CreatePatrol, GetPatrol, ListPatrols, PatrolSubjects, PatrolView, UpdatePatrol, VoidPatrol, FacilitiesAndVehiclesPermissions as P } from '@gov/contracts-facilities-and-vehicles';
import type { RouteTable } from '../route-declaration.js';

const READERS = [P.patrolsRead, P.patrolsManage] as const;
const WRITERS = [P.patrolsManage] as const;

const patrols = { tag: '安全保卫', service: 'facilities-and-vehicles' } as const;
const id = { id: { format: 'uuid' } } as const;

/** 巡逻记录 (the compound's patrols), owned by facilities-and-vehicles. */
export const patrolsRoutes: Record<string, RouteTable> = {
  FacilitiesAndVehiclesPatrolsController: [
    { ...patrols, name: 'list', method: 'GET', path: 'api/facilities-and-vehicles/patrols', permission: READERS, subject: PatrolSubjects.list, convention: 'read', request: ListPatrols.Request, query: ListPatrols.Request, reply: ListPatrols.Reply, summary: '巡逻记录（分页；按日期、是否异常、状态筛选；中文模糊搜索）' },
    { ...patrols, name: 'get', method: 'GET', path: 'api/facilities-and-vehicles/patrols/:id', permission: READERS, subject: PatrolSubjects.get, convention: 'record-read', request: GetPatrol.Request, params: id, reply: PatrolView, summary: '巡逻记录详情（ETag 为版本号）', problems: [404] },
    { ...patrols, name: 'create', method: 'POST', path: 'api/facilities-and-vehicles/patrols', permission: WRITERS, subject: PatrolSubjects.create, convention: 'create', request: CreatePatrol.Request, reply: PatrolView, summary: '登记巡逻（路线、时间、人员、巡查情况）；须带 Idempotency-Key', problems: [422] },
    { ...patrols, name: 'update', method: 'PUT', path: 'api/facilities-and-vehicles/patrols/:id', permission: WRITERS, subject: PatrolSubjects.update, convention: 'change', request: UpdatePatrol.Request, body: UpdatePatrol.Body, params: id, reply: PatrolView, summary: '更正巡逻记录；须带 If-Match', problems: [404, 422] },
    { ...patrols, name: 'void', method: 'POST', path: 'api/facilities-and-vehicles/patrols/:id/void', permission: WRITERS, subject: PatrolSubjects.void, convention: 'change', request: VoidPatrol.Request, body: VoidPatrol.Body, params: id, reply: PatrolView, summary: '作废误登记的巡逻记录（须说明理由，不删除）；须带 If-Match', problems: [404, 422] },
  ],
};
