import {
  AllocateOfficeRoom,
  CreateOfficeRoom,
  GetOfficeRoom,
  ListOfficeRooms,
  ListOfficeStandards,
  ListOverStandardRooms,
  OfficeRoomSubjects,
  OfficeRoomView,
  ReleaseOfficeRoom,
  RetireOfficeRoom,
  FacilitiesAndVehiclesPermissions as P,
} from '@gov/contracts-facilities-and-vehicles';
import type { RouteTable } from '../route-declaration.js';

const READERS = [P.officeRoomsRead, P.officeRoomsManage, P.officeRoomsOwn] as const;
const MANAGERS = [P.officeRoomsManage] as const;

const officeRooms = { tag: '办公用房', service: 'facilities-and-vehicles' } as const;
const id = { id: { format: 'uuid' } } as const;

/** 办公用房 (rooms, allocation against the standard, the over-standard list), owned by facilities-and-vehicles. */
export const officeRoomsRoutes: Record<string, RouteTable> = {
  FacilitiesAndVehiclesOfficeRoomsController: [
    { ...officeRooms, name: 'list', method: 'GET', path: 'api/facilities-and-vehicles/office-rooms', permission: READERS, subject: OfficeRoomSubjects.list, convention: 'read', request: ListOfficeRooms.Request, query: ListOfficeRooms.Request, reply: ListOfficeRooms.Reply, summary: '办公用房列表（使用人、核定面积、是否超标）', description: '单位联络员只能看到本单位的房间。' },
    { ...officeRooms, name: 'overStandard', method: 'GET', path: 'api/facilities-and-vehicles/office-space/over-standard', permission: READERS, subject: OfficeRoomSubjects.overStandard, convention: 'read', request: ListOverStandardRooms.Request, reply: ListOverStandardRooms.Reply, summary: '超标准使用办公用房清单' },
    { ...officeRooms, name: 'standards', method: 'GET', path: 'api/facilities-and-vehicles/office-space/standards', permission: READERS, subject: OfficeRoomSubjects.standards, convention: 'read', request: ListOfficeStandards.Request, reply: ListOfficeStandards.Reply, summary: '办公用房人均使用面积标准（现行版本及依据）' },
    { ...officeRooms, name: 'get', method: 'GET', path: 'api/facilities-and-vehicles/office-rooms/:id', permission: READERS, subject: OfficeRoomSubjects.get, convention: 'record-read', request: GetOfficeRoom.Request, params: id, reply: OfficeRoomView, summary: '办公用房详情及分配、调整、移交记录（ETag 为版本号）', problems: [404] },
    { ...officeRooms, name: 'create', method: 'POST', path: 'api/facilities-and-vehicles/office-rooms', permission: MANAGERS, subject: OfficeRoomSubjects.create, convention: 'create', request: CreateOfficeRoom.Request, reply: OfficeRoomView, summary: '登记办公用房；须带 Idempotency-Key', problems: [409, 422] },
    { ...officeRooms, name: 'allocate', method: 'POST', path: 'api/facilities-and-vehicles/office-rooms/:id/allocate', permission: MANAGERS, subject: OfficeRoomSubjects.allocate, convention: 'change', request: AllocateOfficeRoom.Request, body: AllocateOfficeRoom.Body, params: id, reply: OfficeRoomView, summary: '分配给使用人（超出职级面积标准的不予分配并说明依据）；须带 If-Match', problems: [404, 422] },
    { ...officeRooms, name: 'release', method: 'POST', path: 'api/facilities-and-vehicles/office-rooms/:id/release', permission: MANAGERS, subject: OfficeRoomSubjects.release, convention: 'change', request: ReleaseOfficeRoom.Request, body: ReleaseOfficeRoom.Body, params: id, reply: OfficeRoomView, summary: '使用人腾退（调整、移交，须说明）；须带 If-Match', problems: [404, 422] },
    { ...officeRooms, name: 'retire', method: 'POST', path: 'api/facilities-and-vehicles/office-rooms/:id/retire', permission: MANAGERS, subject: OfficeRoomSubjects.retire, convention: 'change', request: RetireOfficeRoom.Request, body: RetireOfficeRoom.Body, params: id, reply: OfficeRoomView, summary: '停用房间（须无使用人，说明理由）；须带 If-Match', problems: [404, 422] },
  ],
};
