import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import type { CallerContext } from '@gov/contracts-common';
import { CreateTraining, GetTraining, ListTrainings, TrainingSubjects, UpdateTraining, WithdrawTraining } from '@gov/contracts-information';
import { Caller, RpcPattern } from '@gov/platform';
import { TrainingsService } from './trainings.service.js';

@Controller()
export class TrainingsRpcController {
  constructor(private readonly trainings: TrainingsService) {}

  @RpcPattern(TrainingSubjects.create, CreateTraining.Request)
  create(@Payload() request: CreateTraining.Request, @Caller() caller: CallerContext): Promise<CreateTraining.Reply> {
    return this.trainings.create(request, caller);
  }

  @RpcPattern(TrainingSubjects.update, UpdateTraining.Request)
  update(@Payload() request: UpdateTraining.Request, @Caller() caller: CallerContext): Promise<UpdateTraining.Reply> {
    return this.trainings.update(request, caller);
  }

  @RpcPattern(TrainingSubjects.withdraw, WithdrawTraining.Request)
  withdraw(@Payload() request: WithdrawTraining.Request, @Caller() caller: CallerContext): Promise<WithdrawTraining.Reply> {
    return this.trainings.withdraw(request, caller);
  }

  @RpcPattern(TrainingSubjects.get, GetTraining.Request)
  get(@Payload() request: GetTraining.Request, @Caller() caller: CallerContext): Promise<GetTraining.Reply> {
    return this.trainings.get(request.id, caller);
  }

  @RpcPattern(TrainingSubjects.list, ListTrainings.Request)
  list(@Payload() request: ListTrainings.Request, @Caller() caller: CallerContext): Promise<ListTrainings.Reply> {
    return this.trainings.list(request, caller);
  }
}
