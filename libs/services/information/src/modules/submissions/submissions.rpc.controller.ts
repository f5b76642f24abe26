import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import type { CallerContext } from '@gov/contracts-common';
import {
  AcceptSubmission,
  AddScoreWeights,
  AdoptSubmission,
  CreateSubmission,
  GetSubmission,
  InstructSubmission,
  ListScoreWeights,
  ListSubmissions,
  ListSubmissionVersions,
  MergeSubmissions,
  MonthlyReport,
  MonthlyReportXlsx,
  ReturnSubmission,
  SubmissionSubjects,
  UpdateSubmission,
  WithdrawSubmission,
} from '@gov/contracts-information';
import { Caller, RpcPattern } from '@gov/platform';
import { SubmissionsService } from './submissions.service.js';

@Controller()
export class SubmissionsRpcController {
  constructor(private readonly submissions: SubmissionsService) {}

  @RpcPattern(SubmissionSubjects.create, CreateSubmission.Request)
  create(@Payload() request: CreateSubmission.Request, @Caller() caller: CallerContext): Promise<CreateSubmission.Reply> {
    return this.submissions.create(request, caller);
  }

  @RpcPattern(SubmissionSubjects.update, UpdateSubmission.Request)
  update(@Payload() request: UpdateSubmission.Request, @Caller() caller: CallerContext): Promise<UpdateSubmission.Reply> {
    return this.submissions.update(request, caller);
  }

  @RpcPattern(SubmissionSubjects.accept, AcceptSubmission.Request)
  accept(@Payload() request: AcceptSubmission.Request, @Caller() caller: CallerContext): Promise<AcceptSubmission.Reply> {
    return this.submissions.accept(request, caller);
  }

  @RpcPattern(SubmissionSubjects.return, ReturnSubmission.Request)
  return(@Payload() request: ReturnSubmission.Request, @Caller() caller: CallerContext): Promise<ReturnSubmission.Reply> {
    return this.submissions.return(request, caller);
  }

  @RpcPattern(SubmissionSubjects.merge, MergeSubmissions.Request)
  merge(@Payload() request: MergeSubmissions.Request, @Caller() caller: CallerContext): Promise<MergeSubmissions.Reply> {
    return this.submissions.merge(request, caller);
  }

  @RpcPattern(SubmissionSubjects.withdraw, WithdrawSubmission.Request)
  withdraw(@Payload() request: WithdrawSubmission.Request, @Caller() caller: CallerContext): Promise<WithdrawSubmission.Reply> {
    return this.submissions.withdraw(request, caller);
  }

  @RpcPattern(SubmissionSubjects.adopt, AdoptSubmission.Request)
  adopt(@Payload() request: AdoptSubmission.Request, @Caller() caller: CallerContext): Promise<AdoptSubmission.Reply> {
    return this.submissions.adopt(request, caller);
  }

  @RpcPattern(SubmissionSubjects.instruct, InstructSubmission.Request)
  instruct(@Payload() request: InstructSubmission.Request, @Caller() caller: CallerContext): Promise<InstructSubmission.Reply> {
    return this.submissions.instruct(request, caller);
  }

  @RpcPattern(SubmissionSubjects.get, GetSubmission.Request)
  get(@Payload() request: GetSubmission.Request, @Caller() caller: CallerContext): Promise<GetSubmission.Reply> {
    return this.submissions.get(request.id, caller);
  }

  @RpcPattern(SubmissionSubjects.versions, ListSubmissionVersions.Request)
  versions(@Payload() request: ListSubmissionVersions.Request, @Caller() caller: CallerContext): Promise<ListSubmissionVersions.Reply> {
    return this.submissions.versions(request.id, caller);
  }

  @RpcPattern(SubmissionSubjects.list, ListSubmissions.Request)
  list(@Payload() request: ListSubmissions.Request, @Caller() caller: CallerContext): Promise<ListSubmissions.Reply> {
    return this.submissions.list(request, caller);
  }

  @RpcPattern(SubmissionSubjects.weights, ListScoreWeights.Request)
  weights(@Payload() _request: ListScoreWeights.Request, @Caller() caller: CallerContext): Promise<ListScoreWeights.Reply> {
    return this.submissions.weights(caller);
  }

  @RpcPattern(SubmissionSubjects.addWeights, AddScoreWeights.Request)
  addWeights(@Payload() request: AddScoreWeights.Request, @Caller() caller: CallerContext): Promise<AddScoreWeights.Reply> {
    return this.submissions.addWeights(request, caller);
  }

  @RpcPattern(SubmissionSubjects.monthly, MonthlyReport.Request)
  monthly(@Payload() request: MonthlyReport.Request, @Caller() caller: CallerContext): Promise<MonthlyReport.Reply> {
    return this.submissions.monthly(request, caller);
  }

  @RpcPattern(SubmissionSubjects.monthlyXlsx, MonthlyReportXlsx.Request)
  monthlyXlsx(@Payload() request: MonthlyReportXlsx.Request, @Caller() caller: CallerContext): Promise<MonthlyReportXlsx.Reply> {
    return this.submissions.monthlyXlsx(request, caller);
  }
}
