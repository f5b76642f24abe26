import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import type { CallerContext } from '@gov/contracts-common';
import {
  AbandonApplication,
  AnswerApplication,
  ApplicationSubjects,
  ConsultParty,
  CreateApplication,
  DecideChallenge,
  DecideExtension,
  DeliverAnswer,
  FileChallenge,
  GetApplication,
  ListApplications,
  RecordOpinion,
  RequestCorrection,
  RequestExtension,
  ReviewSecrecy,
  SuperviseApplication,
  SupplementApplication,
  UpdateApplication,
  WithdrawApplication,
  type ApplicationView,
} from '@gov/contracts-disclosure';
import { Caller, RpcPattern } from '@gov/platform';
import { ApplicationsService } from './applications.service.js';

@Controller()
export class ApplicationsRpcController {
  constructor(private readonly applications: ApplicationsService) {}

  @RpcPattern(ApplicationSubjects.create, CreateApplication.Request)
  create(@Payload() request: CreateApplication.Request, @Caller() caller: CallerContext): Promise<CreateApplication.Reply> {
    return this.applications.create(request, caller);
  }

  @RpcPattern(ApplicationSubjects.update, UpdateApplication.Request)
  update(@Payload() request: UpdateApplication.Request, @Caller() caller: CallerContext): Promise<UpdateApplication.Reply> {
    return this.applications.update(request, caller);
  }

  @RpcPattern(ApplicationSubjects.withdraw, WithdrawApplication.Request)
  withdraw(@Payload() request: WithdrawApplication.Request, @Caller() caller: CallerContext): Promise<WithdrawApplication.Reply> {
    return this.applications.withdraw(request, caller);
  }

  @RpcPattern(ApplicationSubjects.requestCorrection, RequestCorrection.Request)
  requestCorrection(@Payload() request: RequestCorrection.Request, @Caller() caller: CallerContext): Promise<ApplicationView> {
    return this.applications.requestCorrection(request, caller);
  }

  @RpcPattern(ApplicationSubjects.supplement, SupplementApplication.Request)
  supplement(@Payload() request: SupplementApplication.Request, @Caller() caller: CallerContext): Promise<ApplicationView> {
    return this.applications.supplement(request, caller);
  }

  @RpcPattern(ApplicationSubjects.abandon, AbandonApplication.Request)
  abandon(@Payload() request: AbandonApplication.Request, @Caller() caller: CallerContext): Promise<ApplicationView> {
    return this.applications.abandon(request, caller);
  }

  @RpcPattern(ApplicationSubjects.consult, ConsultParty.Request)
  consult(@Payload() request: ConsultParty.Request, @Caller() caller: CallerContext): Promise<ApplicationView> {
    return this.applications.consult(request, caller);
  }

  @RpcPattern(ApplicationSubjects.recordOpinion, RecordOpinion.Request)
  recordOpinion(@Payload() request: RecordOpinion.Request, @Caller() caller: CallerContext): Promise<ApplicationView> {
    return this.applications.recordOpinion(request, caller);
  }

  @RpcPattern(ApplicationSubjects.requestExtension, RequestExtension.Request)
  requestExtension(@Payload() request: RequestExtension.Request, @Caller() caller: CallerContext): Promise<ApplicationView> {
    return this.applications.requestExtension(request, caller);
  }

  @RpcPattern(ApplicationSubjects.supervise, SuperviseApplication.Request)
  supervise(@Payload() request: SuperviseApplication.Request, @Caller() caller: CallerContext): Promise<ApplicationView> {
    return this.applications.supervise(request, caller);
  }

  @RpcPattern(ApplicationSubjects.decideExtension, DecideExtension.Request)
  decideExtension(@Payload() request: DecideExtension.Request, @Caller() caller: CallerContext): Promise<ApplicationView> {
    return this.applications.decideExtension(request, caller);
  }

  @RpcPattern(ApplicationSubjects.reviewSecrecy, ReviewSecrecy.Request)
  reviewSecrecy(@Payload() request: ReviewSecrecy.Request, @Caller() caller: CallerContext): Promise<ApplicationView> {
    return this.applications.reviewSecrecy(request, caller);
  }

  @RpcPattern(ApplicationSubjects.answer, AnswerApplication.Request)
  answer(@Payload() request: AnswerApplication.Request, @Caller() caller: CallerContext): Promise<ApplicationView> {
    return this.applications.answer(request, caller);
  }

  @RpcPattern(ApplicationSubjects.deliver, DeliverAnswer.Request)
  deliver(@Payload() request: DeliverAnswer.Request, @Caller() caller: CallerContext): Promise<ApplicationView> {
    return this.applications.deliver(request, caller);
  }

  @RpcPattern(ApplicationSubjects.fileChallenge, FileChallenge.Request)
  fileChallenge(@Payload() request: FileChallenge.Request, @Caller() caller: CallerContext): Promise<ApplicationView> {
    return this.applications.fileChallenge(request, caller);
  }

  @RpcPattern(ApplicationSubjects.decideChallenge, DecideChallenge.Request)
  decideChallenge(@Payload() request: DecideChallenge.Request, @Caller() caller: CallerContext): Promise<ApplicationView> {
    return this.applications.decideChallenge(request, caller);
  }

  @RpcPattern(ApplicationSubjects.get, GetApplication.Request)
  get(@Payload() request: GetApplication.Request, @Caller() caller: CallerContext): Promise<GetApplication.Reply> {
    return this.applications.get(request.id, caller);
  }

  @RpcPattern(ApplicationSubjects.list, ListApplications.Request)
  list(@Payload() request: ListApplications.Request, @Caller() caller: CallerContext): Promise<ListApplications.Reply> {
    return this.applications.list(request, caller);
  }
}
