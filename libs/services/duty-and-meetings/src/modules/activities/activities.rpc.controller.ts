import { Injectable } from '@nestjs/common';
import type { CallerContext } from '@gov/contracts-common';
import { ActivitySubjects, CancelActivity, CreateActivity, GetActivity, GetLeaderCalendar, LeaderCalendarSubjects, ListActivities } from '@gov/contracts-duty-and-meetings';
import { RpcHandler } from '@gov/platform';
import { ActivitiesService } from './activities.service.js';
import { LeaderAgenda } from './leader-agenda.js';

@Injectable()
export class ActivitiesRpcController {
  constructor(
    private readonly activities: ActivitiesService,
    private readonly agenda: LeaderAgenda,
  ) {}

  @RpcHandler(ActivitySubjects.create, CreateActivity.Request)
  create(request: CreateActivity.Request, caller: CallerContext): Promise<CreateActivity.Reply> {
    return this.activities.create(request, caller);
  }

  @RpcHandler(ActivitySubjects.cancel, CancelActivity.Request)
  cancel(request: CancelActivity.Request, caller: CallerContext): Promise<CancelActivity.Reply> {
    return this.activities.cancel(request, caller);
  }

  @RpcHandler(ActivitySubjects.get, GetActivity.Request)
  get(request: GetActivity.Request, caller: CallerContext): Promise<GetActivity.Reply> {
    return this.activities.get(request.id, caller);
  }

  @RpcHandler(ActivitySubjects.list, ListActivities.Request)
  list(request: ListActivities.Request, caller: CallerContext): Promise<ListActivities.Reply> {
    return this.activities.list(request, caller);
  }

  @RpcHandler(LeaderCalendarSubjects.get, GetLeaderCalendar.Request)
  calendar(request: GetLeaderCalendar.Request, caller: CallerContext): Promise<GetLeaderCalendar.Reply> {
    return this.agenda.calendar(request, caller);
  }
}
