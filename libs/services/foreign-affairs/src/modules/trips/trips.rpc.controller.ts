import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import type { CallerContext } from '@gov/contracts-common';
import {
  ApproveTrip,
  BriefTrip,
  CheckTrip,
  CreateTrip,
  CreateTripRule,
  DepartTrip,
  ExportTripRegister,
  GetTrip,
  ListTripRules,
  ListTrips,
  PublicizeTrip,
  ReportTrip,
  ReturnTrip,
  ReturnTripPassports,
  ReviewTrip,
  SubmitTrip,
  TripStatistics,
  TripSubjects,
  UpdateTrip,
  WithdrawTrip,
} from '@gov/contracts-foreign-affairs';
import { Caller, RpcPattern } from '@gov/platform';
import { TripRulesService } from './trip-rules.service.js';
import { TripsRegisterService } from './trips-register.service.js';
import { TripsService } from './trips.service.js';

@Controller()
export class TripsRpcController {
  constructor(
    private readonly trips: TripsService,
    private readonly register: TripsRegisterService,
    private readonly rules: TripRulesService,
  ) {}

  @RpcPattern(TripSubjects.create, CreateTrip.Request)
  create(@Payload() request: CreateTrip.Request, @Caller() caller: CallerContext): Promise<CreateTrip.Reply> {
    return this.trips.create(request, caller);
  }

  @RpcPattern(TripSubjects.update, UpdateTrip.Request)
  update(@Payload() request: UpdateTrip.Request, @Caller() caller: CallerContext): Promise<UpdateTrip.Reply> {
    return this.trips.update(request, caller);
  }

  @RpcPattern(TripSubjects.check, CheckTrip.Request)
  check(@Payload() request: CheckTrip.Request, @Caller() caller: CallerContext): Promise<CheckTrip.Reply> {
    return this.trips.check(request, caller);
  }

  @RpcPattern(TripSubjects.submit, SubmitTrip.Request)
  submit(@Payload() request: SubmitTrip.Request, @Caller() caller: CallerContext): Promise<SubmitTrip.Reply> {
    return this.trips.submit(request, caller);
  }

  @RpcPattern(TripSubjects.review, ReviewTrip.Request)
  review(@Payload() request: ReviewTrip.Request, @Caller() caller: CallerContext): Promise<ReviewTrip.Reply> {
    return this.trips.review(request, caller);
  }

  @RpcPattern(TripSubjects.approve, ApproveTrip.Request)
  approve(@Payload() request: ApproveTrip.Request, @Caller() caller: CallerContext): Promise<ApproveTrip.Reply> {
    return this.trips.approve(request, caller);
  }

  @RpcPattern(TripSubjects.publicize, PublicizeTrip.Request)
  publicize(@Payload() request: PublicizeTrip.Request, @Caller() caller: CallerContext): Promise<PublicizeTrip.Reply> {
    return this.trips.publicize(request, caller);
  }

  @RpcPattern(TripSubjects.brief, BriefTrip.Request)
  brief(@Payload() request: BriefTrip.Request, @Caller() caller: CallerContext): Promise<BriefTrip.Reply> {
    return this.trips.brief(request, caller);
  }

  @RpcPattern(TripSubjects.depart, DepartTrip.Request)
  depart(@Payload() request: DepartTrip.Request, @Caller() caller: CallerContext): Promise<DepartTrip.Reply> {
    return this.trips.depart(request, caller);
  }

  @RpcPattern(TripSubjects.return, ReturnTrip.Request)
  returnHome(@Payload() request: ReturnTrip.Request, @Caller() caller: CallerContext): Promise<ReturnTrip.Reply> {
    return this.trips.returnHome(request, caller);
  }

  @RpcPattern(TripSubjects.returnPassports, ReturnTripPassports.Request)
  returnPassports(@Payload() request: ReturnTripPassports.Request, @Caller() caller: CallerContext): Promise<ReturnTripPassports.Reply> {
    return this.trips.returnPassports(request, caller);
  }

  @RpcPattern(TripSubjects.report, ReportTrip.Request)
  report(@Payload() request: ReportTrip.Request, @Caller() caller: CallerContext): Promise<ReportTrip.Reply> {
    return this.trips.report(request, caller);
  }

  @RpcPattern(TripSubjects.withdraw, WithdrawTrip.Request)
  withdraw(@Payload() request: WithdrawTrip.Request, @Caller() caller: CallerContext): Promise<WithdrawTrip.Reply> {
    return this.trips.withdraw(request, caller);
  }

  @RpcPattern(TripSubjects.get, GetTrip.Request)
  get(@Payload() request: GetTrip.Request, @Caller() caller: CallerContext): Promise<GetTrip.Reply> {
    return this.trips.get(request.id, caller);
  }

  @RpcPattern(TripSubjects.list, ListTrips.Request)
  list(@Payload() request: ListTrips.Request, @Caller() caller: CallerContext): Promise<ListTrips.Reply> {
    return this.trips.list(request, caller);
  }

  @RpcPattern(TripSubjects.exportRegister, ExportTripRegister.Request)
  exportRegister(@Payload() request: ExportTripRegister.Request, @Caller() caller: CallerContext): Promise<ExportTripRegister.Reply> {
    return this.register.exportRegister(request, caller);
  }

  @RpcPattern(TripSubjects.statistics, TripStatistics.Request)
  statistics(@Payload() request: TripStatistics.Request, @Caller() caller: CallerContext): Promise<TripStatistics.Reply> {
    return this.register.statistics(request, caller);
  }

  @RpcPattern(TripSubjects.listRules, ListTripRules.Request)
  listRules(@Payload() _request: ListTripRules.Request, @Caller() caller: CallerContext): Promise<ListTripRules.Reply> {
    return this.rules.list(caller);
  }

  @RpcPattern(TripSubjects.createRule, CreateTripRule.Request)
  createRule(@Payload() request: CreateTripRule.Request, @Caller() caller: CallerContext): Promise<CreateTripRule.Reply> {
    return this.rules.create(request, caller);
  }
}
