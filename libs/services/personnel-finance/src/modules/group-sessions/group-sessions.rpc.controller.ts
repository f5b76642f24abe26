import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import type { CallerContext } from '@gov/contracts-common';
import {
  CreateGroupSession,
  GetGroupSession,
  GroupSessionSubjects,
  HoldGroupSession,
  ListGroupSessions,
  PrepareGroupSession,
  RectifyGroupSession,
  UpdateGroupSession,
  WithdrawGroupSession,
} from '@gov/contracts-personnel-finance';
import { Caller, RpcPattern } from '@gov/platform';
import { GroupSessionsService } from './group-sessions.service.js';

/** 中心组学习、民主生活会: one handler per step, each calling the service. */
@Controller()
export class GroupSessionsRpcController {
  constructor(private readonly sessions: GroupSessionsService) {}

  @RpcPattern(GroupSessionSubjects.create, CreateGroupSession.Request)
  create(@Payload() request: CreateGroupSession.Request, @Caller() caller: CallerContext): Promise<CreateGroupSession.Reply> {
    return this.sessions.create(request, caller);
  }

  @RpcPattern(GroupSessionSubjects.update, UpdateGroupSession.Request)
  update(@Payload() request: UpdateGroupSession.Request, @Caller() caller: CallerContext): Promise<UpdateGroupSession.Reply> {
    return this.sessions.update(request, caller);
  }

  @RpcPattern(GroupSessionSubjects.prepare, PrepareGroupSession.Request)
  prepare(@Payload() request: PrepareGroupSession.Request, @Caller() caller: CallerContext): Promise<PrepareGroupSession.Reply> {
    return this.sessions.prepare(request, caller);
  }

  @RpcPattern(GroupSessionSubjects.hold, HoldGroupSession.Request)
  hold(@Payload() request: HoldGroupSession.Request, @Caller() caller: CallerContext): Promise<HoldGroupSession.Reply> {
    return this.sessions.hold(request, caller);
  }

  @RpcPattern(GroupSessionSubjects.rectify, RectifyGroupSession.Request)
  rectify(@Payload() request: RectifyGroupSession.Request, @Caller() caller: CallerContext): Promise<RectifyGroupSession.Reply> {
    return this.sessions.rectify(request, caller);
  }

  @RpcPattern(GroupSessionSubjects.withdraw, WithdrawGroupSession.Request)
  withdraw(@Payload() request: WithdrawGroupSession.Request, @Caller() caller: CallerContext): Promise<WithdrawGroupSession.Reply> {
    return this.sessions.withdraw(request, caller);
  }

  @RpcPattern(GroupSessionSubjects.get, GetGroupSession.Request)
  get(@Payload() request: GetGroupSession.Request, @Caller() caller: CallerContext): Promise<GetGroupSession.Reply> {
    return this.sessions.get(request.id, caller);
  }

  @RpcPattern(GroupSessionSubjects.list, ListGroupSessions.Request)
  list(@Payload() request: ListGroupSessions.Request, @Caller() caller: CallerContext): Promise<ListGroupSessions.Reply> {
    return this.sessions.list(request, caller);
  }
}
