import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import type { CallerContext } from '@gov/contracts-common';
import { ActivitySubjects, CancelActivity, CreateActivity, GetActivity, GetLeaderCalendar, LeaderCalendarSubjects, ListActivities } from '@gov/contracts-duty-and-meetings';
import { RpcPattern, Caller } from '@gov/platform';
import { ActivitiesService } from './activities.service.js';
import { LeaderAgenda } from './leader-agenda.js';

@Controller()
export class ActivitiesRpcController {
  constructor(
    private readonly activities: ActivitiesService,
    private readonly agenda: LeaderAgenda,
  ) {}

  @RpcPattern(ActivitySubjects.create, CreateActivity.Request)
  create(@Payload() request: CreateActivity.Request, @Caller() caller: CallerContext): Promise<CreateActivity.Reply> {
    return this.activities.create(request, caller);
  }

  @RpcPattern(ActivitySubjects.cancel, CancelActivity.Request)
  cancel(@Payload() request: CancelActivity.Request, @Caller() caller: CallerContext): Promise<CancelActivity.Reply> {
    return this.activities.cancel(request, caller);
  }

  @RpcPattern(ActivitySubjects.get, GetActivity.Request)
  get(@Payload() request: GetActivity.Request, @Caller() caller: CallerContext): Promise<GetActivity.Reply> {
    return this.activities.get(request.id, caller);
  }

  @RpcPattern(ActivitySubjects.list, ListActivities.Request)
  list(@Payload() request: ListActivities.Request, @Caller() caller: CallerContext): Promise<ListActivities.Reply> {
    return this.activities.list(request, caller);
  }

  @RpcPattern(LeaderCalendarSubjects.get, GetLeaderCalendar.Request)
  calendar(@Payload() request: GetLeaderCalendar.Request, @Caller() caller: CallerContext): Promise<GetLeaderCalendar.Reply> {
    return this.agenda.calendar(request, caller);
  }
}
