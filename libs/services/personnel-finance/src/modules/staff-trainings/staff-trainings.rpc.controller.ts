import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import type { CallerContext } from '@gov/contracts-common';
import { CreateTrainingPlan, CreateTrainingSession, GetTrainingHours, GetTrainingPlan, GetTrainingSession, ListTrainingPlans, ListTrainingSessions, StaffTrainingSubjects, UpdateTrainingPlan, UpdateTrainingSession, WithdrawTrainingPlan, WithdrawTrainingSession } from '@gov/contracts-personnel-finance';
import { Caller, RpcPattern } from '@gov/platform';
import { StaffTrainingsService } from './staff-trainings.service.js';

@Controller()
export class StaffTrainingsRpcController {
  constructor(private readonly trainings: StaffTrainingsService) {}

  @RpcPattern(StaffTrainingSubjects.planCreate, CreateTrainingPlan.Request)
  createPlan(@Payload() request: CreateTrainingPlan.Request, @Caller() caller: CallerContext): Promise<CreateTrainingPlan.Reply> {
    return this.trainings.createPlan(request, caller);
  }

  @RpcPattern(StaffTrainingSubjects.planUpdate, UpdateTrainingPlan.Request)
  updatePlan(@Payload() request: UpdateTrainingPlan.Request, @Caller() caller: CallerContext): Promise<UpdateTrainingPlan.Reply> {
    return this.trainings.updatePlan(request, caller);
  }

  @RpcPattern(StaffTrainingSubjects.planWithdraw, WithdrawTrainingPlan.Request)
  withdrawPlan(@Payload() request: WithdrawTrainingPlan.Request, @Caller() caller: CallerContext): Promise<WithdrawTrainingPlan.Reply> {
    return this.trainings.withdrawPlan(request, caller);
  }

  @RpcPattern(StaffTrainingSubjects.planGet, GetTrainingPlan.Request)
  getPlan(@Payload() request: GetTrainingPlan.Request, @Caller() caller: CallerContext): Promise<GetTrainingPlan.Reply> {
    return this.trainings.getPlan(request.id, caller);
  }

  @RpcPattern(StaffTrainingSubjects.planList, ListTrainingPlans.Request)
  listPlans(@Payload() request: ListTrainingPlans.Request, @Caller() caller: CallerContext): Promise<ListTrainingPlans.Reply> {
    return this.trainings.listPlans(request, caller);
  }

  @RpcPattern(StaffTrainingSubjects.sessionCreate, CreateTrainingSession.Request)
  createSession(@Payload() request: CreateTrainingSession.Request, @Caller() caller: CallerContext): Promise<CreateTrainingSession.Reply> {
    return this.trainings.createSession(request, caller);
  }

  @RpcPattern(StaffTrainingSubjects.sessionUpdate, UpdateTrainingSession.Request)
  updateSession(@Payload() request: UpdateTrainingSession.Request, @Caller() caller: CallerContext): Promise<UpdateTrainingSession.Reply> {
    return this.trainings.updateSession(request, caller);
  }

  @RpcPattern(StaffTrainingSubjects.sessionWithdraw, WithdrawTrainingSession.Request)
  withdrawSession(@Payload() request: WithdrawTrainingSession.Request, @Caller() caller: CallerContext): Promise<WithdrawTrainingSession.Reply> {
    return this.trainings.withdrawSession(request, caller);
  }

  @RpcPattern(StaffTrainingSubjects.sessionGet, GetTrainingSession.Request)
  getSession(@Payload() request: GetTrainingSession.Request, @Caller() caller: CallerContext): Promise<GetTrainingSession.Reply> {
    return this.trainings.getSession(request.id, caller);
  }

  @RpcPattern(StaffTrainingSubjects.sessionList, ListTrainingSessions.Request)
  listSessions(@Payload() request: ListTrainingSessions.Request, @Caller() caller: CallerContext): Promise<ListTrainingSessions.Reply> {
    return this.trainings.listSessions(request, caller);
  }

  @RpcPattern(StaffTrainingSubjects.hours, GetTrainingHours.Request)
  hours(@Payload() request: GetTrainingHours.Request, @Caller() caller: CallerContext): Promise<GetTrainingHours.Reply> {
    return this.trainings.hours(request, caller);
  }
}
