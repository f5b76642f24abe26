import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import type { CallerContext } from '@gov/contracts-common';
import {
  AddAgreementOpinion,
  AgreementSubjects,
  ConcludeAgreementReview,
  GetAgreementReview,
  ListAgreementReviews,
  SubmitAgreementReview,
  WithdrawAgreementReview,
  type AgreementReviewView,
} from '@gov/contracts-document-secretariat';
import { RpcPattern, Caller } from '@gov/platform';
import { AgreementsService } from './agreements.service.js';

@Controller()
export class AgreementsRpcController {
  constructor(private readonly agreements: AgreementsService) {}

  @RpcPattern(AgreementSubjects.submit, SubmitAgreementReview.Request)
  submit(@Payload() request: SubmitAgreementReview.Request, @Caller() caller: CallerContext): Promise<AgreementReviewView> {
    return this.agreements.submit(request, caller);
  }

  @RpcPattern(AgreementSubjects.get, GetAgreementReview.Request)
  get(@Payload() request: GetAgreementReview.Request, @Caller() caller: CallerContext): Promise<AgreementReviewView> {
    return this.agreements.get(request.id, caller);
  }

  @RpcPattern(AgreementSubjects.list, ListAgreementReviews.Request)
  list(@Payload() request: ListAgreementReviews.Request, @Caller() caller: CallerContext): Promise<ListAgreementReviews.Reply> {
    return this.agreements.list(request, caller);
  }

  @RpcPattern(AgreementSubjects.addOpinion, AddAgreementOpinion.Request)
  addOpinion(@Payload() request: AddAgreementOpinion.Request, @Caller() caller: CallerContext): Promise<AgreementReviewView> {
    return this.agreements.addOpinion(request, caller);
  }

  @RpcPattern(AgreementSubjects.conclude, ConcludeAgreementReview.Request)
  conclude(@Payload() request: ConcludeAgreementReview.Request, @Caller() caller: CallerContext): Promise<AgreementReviewView> {
    return this.agreements.conclude(request, caller);
  }

  @RpcPattern(AgreementSubjects.withdraw, WithdrawAgreementReview.Request)
  withdraw(@Payload() request: WithdrawAgreementReview.Request, @Caller() caller: CallerContext): Promise<AgreementReviewView> {
    return this.agreements.withdraw(request, caller);
  }
}
