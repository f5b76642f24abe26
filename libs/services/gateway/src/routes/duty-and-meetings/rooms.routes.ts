import { DeactivateRoom, BookRoom, CancelRoomBooking, CreateRoom, ListRoomBookings, ListRooms, RoomBookingView, RoomSubjects, RoomView, DutyAndMeetingsPermissions as P } from '@gov/contracts-duty-and-meetings';
import type { RouteTable } from '../route-declaration.js';

const rooms = { tag: '会议室', service: 'duty-and-meetings' } as const;

/** 会议室 and bookings: an overlapping booking of a room is refused (409) naming who holds it. */
export const roomsRoutes: Record<string, RouteTable> = {
  RoomsController: [
    { ...rooms, name: 'list', method: 'GET', path: 'api/rooms', permission: [P.roomsRead, P.roomsBook, P.roomsManage], subject: RoomSubjects.list, convention: 'read', request: ListRooms.Request, query: ListRooms.Request, reply: ListRooms.Reply, summary: '会议室列表' },
    { ...rooms, name: 'create', method: 'POST', path: 'api/rooms', permission: [P.roomsManage], subject: RoomSubjects.create, convention: 'create', request: CreateRoom.Request, reply: RoomView, summary: '登记会议室', problems: [403, 409] },
    { ...rooms, name: 'deactivate', method: 'POST', path: 'api/rooms/:id/deactivate', permission: [P.roomsManage], subject: RoomSubjects.deactivate, convention: 'change', request: DeactivateRoom.Request, params: { id: { format: 'uuid' } }, reply: RoomView, summary: '停用会议室（不删除）；须带 If-Match', problems: [403, 404, 422] },
    { ...rooms, name: 'listBookings', method: 'GET', path: 'api/room-bookings', permission: [P.roomsRead, P.roomsBook, P.roomsManage], subject: RoomSubjects.listBookings, convention: 'read', request: ListRoomBookings.Request, query: ListRoomBookings.Request, reply: ListRoomBookings.Reply, summary: '会议室预订情况（按时间段、会议室）' },
    { ...rooms, name: 'book', method: 'POST', path: 'api/rooms/:id/bookings', permission: [P.roomsBook, P.roomsManage], subject: RoomSubjects.book, convention: 'create', request: BookRoom.Request, body: BookRoom.Body, params: { id: { format: 'uuid', as: 'roomId' } }, reply: RoomBookingView, summary: '预订会议室：与已有预订时间重叠时拒绝（409），并指明占用者', problems: [403, 404, 409, 422] },
    { ...rooms, name: 'cancelBooking', method: 'POST', path: 'api/room-bookings/:id/cancel', permission: [P.roomsBook, P.roomsManage], subject: RoomSubjects.cancelBooking, convention: 'change', request: CancelRoomBooking.Request, body: CancelRoomBooking.Body, params: { id: { format: 'uuid' } }, reply: RoomBookingView, summary: '取消预订（不删除）；须带 If-Match', problems: [403, 404, 422] },
  ],
};
