import { CreateTrip, GetTrip, ListTrips, TripSubjects, TripView, UpdateTrip, WithdrawTrip, ForeignAffairsPermissions as P } from '@gov/contracts-foreign-affairs';
import type { RouteTable } from '../route-declaration.js';

const READERS = [P.tripsRead, P.tripsManage, P.tripsOwn] as const;
const WRITERS = [P.tripsManage, P.tripsOwn] as const;

const trips = { tag: '因公临时出国', service: 'foreign-affairs' } as const;

/** 因公临时出国, owned by foreign-affairs. */
export const tripsRoutes: Record<string, RouteTable> = {
  ForeignAffairsTripsController: [
    { ...trips, name: 'list', method: 'GET', path: 'api/foreign-affairs/trips', permission: READERS, subject: TripSubjects.list, convention: 'read', request: ListTrips.Request, query: ListTrips.Request, reply: ListTrips.Reply, summary: '因公临时出国列表（分页、筛选、中文模糊搜索）', description: '单位联络员只能看到本单位的记录。' },
    { ...trips, name: 'get', method: 'GET', path: 'api/foreign-affairs/trips/:id', permission: READERS, subject: TripSubjects.get, convention: 'record-read', request: GetTrip.Request, params: { id: { format: 'uuid' } }, reply: TripView, summary: '因公临时出国详情（ETag 为版本号）', problems: [404] },
    { ...trips, name: 'create', method: 'POST', path: 'api/foreign-affairs/trips', permission: WRITERS, subject: TripSubjects.create, convention: 'create', request: CreateTrip.Request, reply: TripView, summary: '登记因公临时出国（联络员为本单位）；须带 Idempotency-Key', problems: [422] },
    { ...trips, name: 'update', method: 'PUT', path: 'api/foreign-affairs/trips/:id', permission: WRITERS, subject: TripSubjects.update, convention: 'change', request: UpdateTrip.Request, body: UpdateTrip.Body, params: { id: { format: 'uuid' } }, reply: TripView, summary: '修改因公临时出国；须带 If-Match', problems: [404, 422] },
    { ...trips, name: 'withdraw', method: 'POST', path: 'api/foreign-affairs/trips/:id/withdraw', permission: WRITERS, subject: TripSubjects.withdraw, convention: 'change', request: WithdrawTrip.Request, body: WithdrawTrip.Body, params: { id: { format: 'uuid' } }, reply: TripView, summary: '撤回因公临时出国（须说明理由）；须带 If-Match', problems: [404, 422] },
  ],
};
